package org.solarpm.web.procurement.order;

import jakarta.inject.Inject;
import org.solarpm.reporting.PurchaseOrderPdf;
import org.solarpm.web.export.Download;
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
import java.util.List;
import org.solarpm.procurement.order.PurchaseOrder;
import org.solarpm.procurement.order.PurchaseOrderService;
import org.solarpm.shared.DomainException;
import org.solarpm.web.security.CurrentUser;

/**
 * One purchase order and its steps: submit, approve, reject, order, receive. Every step carries the
 * version the client saw (body {@code version}, or {@code If-Match}); a stale one gets 409.
 * {@code GET /purchase-orders?awaiting=me} is the approval inbox.
 */
@Path("/purchase-orders")
@Produces(MediaType.APPLICATION_JSON)
public class PurchaseOrderResource {

    public record Inbox(List<PurchaseOrderView> items, long total) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    PurchaseOrderService orders;

    @GET
    public Inbox awaiting(@QueryParam("awaiting") String awaiting) {
        if (!"me".equals(awaiting)) {
            throw DomainException.invalid("awaiting", "error.field.invalid");
        }
        var actor = currentUser.actor();
        List<PurchaseOrderView> items = orders.awaitingApprovalBy(actor).stream()
                .map(o -> PurchaseOrderView.of(o, orders.materialsOf(o), actor.locale())).toList();
        return new Inbox(items, items.size());
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") long id) {
        var actor = currentUser.actor();
        return view(orders.get(actor, id));
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@PathParam("id") long id, @Valid @NotNull DecisionRequest body, @HeaderParam("If-Match") String ifMatch) {
        return view(orders.submit(currentUser.actor(), id, version(body, ifMatch)));
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response approve(@PathParam("id") long id, @Valid @NotNull DecisionRequest body, @HeaderParam("If-Match") String ifMatch) {
        return view(orders.approve(currentUser.actor(), id, version(body, ifMatch), body.comment()));
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reject(@PathParam("id") long id, @Valid @NotNull DecisionRequest body, @HeaderParam("If-Match") String ifMatch) {
        String reason = body.reason() != null ? body.reason() : body.comment();
        return view(orders.reject(currentUser.actor(), id, version(body, ifMatch), reason));
    }

    @POST
    @Path("/{id}/order")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response order(@PathParam("id") long id, @Valid @NotNull DecisionRequest body, @HeaderParam("If-Match") String ifMatch) {
        return view(orders.markOrdered(currentUser.actor(), id, version(body, ifMatch)));
    }

    @POST
    @Path("/{id}/receive")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response receive(@PathParam("id") long id, @Valid @NotNull ReceiveRequest body, @HeaderParam("If-Match") String ifMatch) {
        int version = body.version();
        if (ifMatch != null && !ifMatch.replace("W/", "").replace("\"", "").strip().equals(Integer.toString(version))) {
            throw DomainException.conflict("error.staleVersion");
        }
        return view(orders.receive(currentUser.actor(), id, version, body.quantities(), body.receivedOn(), body.note()));
    }

    private Response view(PurchaseOrder order) {
        var actor = currentUser.actor();
        return Response.ok(PurchaseOrderView.of(order, orders.materialsOf(order), actor.locale()))
                .tag(new EntityTag(Integer.toString(order.getVersion()))).build();
    }

    /** The body's version; an If-Match that disagrees with it is as stale as an old version. */
    private static int version(DecisionRequest body, String ifMatch) {
        if (ifMatch != null && !ifMatch.replace("W/", "").replace("\"", "").strip().equals(Integer.toString(body.version()))) {
            throw DomainException.conflict("error.staleVersion");
        }
        return body.version();
    }

    /** The order as a PDF with price verdicts and the approval chain, watermarked for the reader; audited. */
    @GET
    @Path("/{id}.pdf")
    @Produces(Download.PDF)
    public Response pdf(@PathParam("id") long id) {
        var file = orderPdf.pdf(currentUser.actor(), id);
        return Download.of(file.bytes(), Download.PDF, file.fileName());
    }

    @Inject
    PurchaseOrderPdf orderPdf;
}
