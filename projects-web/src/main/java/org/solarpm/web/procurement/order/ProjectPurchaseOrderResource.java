package org.solarpm.web.procurement.order;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.solarpm.procurement.order.PurchaseOrder;
import org.solarpm.procurement.order.PurchaseOrderService;
import org.solarpm.shared.DomainException;
import org.solarpm.web.Paging;
import org.solarpm.web.security.CurrentUser;

/** {@code GET/POST /projects/{id}/purchase-orders}: a project's orders, newest first, and new drafts (Idempotency-Key honoured). */
@Path("/projects/{id}/purchase-orders")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectPurchaseOrderResource {

    public record OrderPage(List<PurchaseOrderView> items, long total) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    PurchaseOrderService orders;

    @GET
    public OrderPage list(@PathParam("id") long projectId, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        var actor = currentUser.actor();
        Paging paging = Paging.of(page, size);
        var result = orders.list(actor, projectId, paging.page(), paging.size());
        return new OrderPage(result.items().stream().map(o -> PurchaseOrderView.of(o, orders.materialsOf(o), actor.locale())).toList(),
                result.total());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("id") long projectId, @Valid @NotNull CreatePurchaseOrderRequest body,
                           @HeaderParam("Idempotency-Key") String idempotencyKey) {
        var actor = currentUser.actor();
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            throw DomainException.invalid("Idempotency-Key", "error.field.invalid");
        }
        PurchaseOrder order = orders.create(actor, projectId, body.toCommand(), idempotencyKey);
        return Response.created(URI.create("purchase-orders/" + order.getId())).tag(new EntityTag(Integer.toString(order.getVersion())))
                .entity(PurchaseOrderView.of(order, orders.materialsOf(order), actor.locale())).build();
    }
}
