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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.solarpm.procurement.CatalogueService;
import org.solarpm.procurement.Material;
import org.solarpm.procurement.MaterialCategory;
import org.solarpm.procurement.PriceHistoryExport;
import org.solarpm.shared.Messages;
import org.solarpm.web.export.Download;
import org.solarpm.shared.DomainException;
import org.solarpm.web.Paging;
import org.solarpm.web.security.CurrentUser;

/** The material catalogue and each material's price history. Everyone signed in reads; buyers add. */
@Path("/materials")
@Produces(MediaType.APPLICATION_JSON)
public class MaterialResource {

    public record MaterialPage(List<CatalogueMaterial> items, long total) {
    }

    public record PriceHistoryPage(CatalogueMaterial material, LocalDate from, LocalDate to, List<HistoricalPrice> items, long total) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    CatalogueService catalogue;

    @Inject
    PriceHistoryExport priceHistoryExport;

    @GET
    public MaterialPage list(@QueryParam("category") String category, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Locale locale = currentUser.actor().locale();
        Paging paging = Paging.of(page, size);
        var result = catalogue.materials(category(category), paging.page(), paging.size());
        return new MaterialPage(result.items().stream().map(m -> CatalogueMaterial.of(m, locale)).toList(), result.total());
    }

    @GET
    @Path("/{id}")
    public CatalogueMaterial get(@PathParam("id") long id) {
        return CatalogueMaterial.of(catalogue.material(id), currentUser.actor().locale());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull CreateMaterialRequest body) {
        var actor = currentUser.actor();
        var material = catalogue.create(actor, body.toCommand());
        return Response.created(URI.create("materials/" + material.getId())).entity(CatalogueMaterial.of(material, actor.locale())).build();
    }

    @GET
    @Path("/{id}/price-history")
    @Produces(MediaType.APPLICATION_JSON)
    public PriceHistoryPage history(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to,
                                    @QueryParam("supplierId") Long supplierId) {
        Locale locale = currentUser.actor().locale();
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        var rows = catalogue.history(id, supplierId, start, end);
        var items = rows.stream().map(HistoricalPrice::of).toList();
        return new PriceHistoryPage(CatalogueMaterial.of(catalogue.material(id), locale),
                items.isEmpty() ? start : items.get(0).date(), end, items, items.size());
    }

    /** The same history as an Excel workbook (all rows of the window, streamed). */
    @GET
    @Path("/{id}/price-history.xlsx")
    @Produces(Download.XLSX)
    public Response historyWorkbook(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to,
                                    @QueryParam("supplierId") Long supplierId) {
        var actor = currentUser.actor();
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        Material material = priceHistoryExport.prepare(actor, id, supplierId, start, end);
        Locale locale = actor.locale();
        String name = Messages.get(locale, "export.priceHistory.sheet") + "-" + material.getCode() + ".xlsx";
        return Download.of(out -> priceHistoryExport.write(locale, material, supplierId, start, end, out), Download.XLSX, name);
    }

    static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, "error.field.invalid");
        }
    }

    private static MaterialCategory category(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return MaterialCategory.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("category", "error.field.invalid");
        }
    }
}
