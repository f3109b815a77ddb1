package org.solarpm.web.board;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.solarpm.board.CardService;
import org.solarpm.shared.DomainException;
import org.solarpm.web.security.CurrentUser;

/** {@code POST /projects/{id}/cards}: a new card (an {@code Idempotency-Key} makes a retry return the same card). */
@Path("/projects/{id}/cards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectCardsResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    CardService cards;

    @POST
    public Response create(@PathParam("id") long projectId, @Valid @NotNull CreateCardRequest body,
                           @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 80)) {
            throw DomainException.invalid("Idempotency-Key", "error.field.invalid");
        }
        var actor = currentUser.actor();
        var card = cards.create(actor, projectId, body.toCommand(), idempotencyKey);
        var view = CardDetailView.of(cards.details(actor, card.getId()), actor.locale());
        return Response.created(URI.create("cards/" + card.getId())).entity(view).build();
    }
}
