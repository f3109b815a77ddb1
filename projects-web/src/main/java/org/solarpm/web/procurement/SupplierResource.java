package org.solarpm.web.procurement;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.solarpm.procurement.CatalogueService;
import org.solarpm.procurement.Supplier;
import org.solarpm.web.Paging;
import org.solarpm.web.security.CurrentUser;

/** Suppliers. Everyone signed in reads; buyers add. */
@Path("/suppliers")
@Produces(MediaType.APPLICATION_JSON)
public class SupplierResource {

    public record SupplierEntry(long id, String code, String name, String contactName, String contactPhone, String contactEmail,
                                boolean active, int version) {
        static SupplierEntry of(Supplier s) {
            return new SupplierEntry(s.getId(), s.getCode(), s.getName(), s.getContactName(), s.getContactPhone(), s.getContactEmail(),
                    s.isActive(), s.getVersion());
        }
    }

    public record SupplierPage(List<SupplierEntry> items, long total) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    CatalogueService catalogue;

    @GET
    public SupplierPage list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        currentUser.actor();
        Paging paging = Paging.of(page, size);
        var result = catalogue.suppliers(paging.page(), paging.size());
        return new SupplierPage(result.items().stream().map(SupplierEntry::of).toList(), result.total());
    }

    @GET
    @Path("/{id}")
    public SupplierEntry get(@PathParam("id") long id) {
        currentUser.actor();
        return SupplierEntry.of(catalogue.supplier(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull CreateSupplierRequest body) {
        var supplier = catalogue.create(currentUser.actor(), body.toCommand());
        return Response.created(URI.create("suppliers/" + supplier.getId())).entity(SupplierEntry.of(supplier)).build();
    }
}
