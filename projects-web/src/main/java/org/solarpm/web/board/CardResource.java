package org.solarpm.web.board;

import jakarta.inject.Inject;
import org.solarpm.web.ServerTiming;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.solarpm.board.CardMoves;
import org.solarpm.board.CardService;
import org.solarpm.project.ProjectDocument;
import org.solarpm.shared.DomainException;
import org.solarpm.web.project.DocumentResource;
import org.solarpm.web.security.CurrentUser;

/** {@code /cards/{id}}: read, edit, move, comment, attach, archive and restore a card. */
@Path("/cards/{cardId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CardResource {

    /** What a move answers: where the card is now and its new version. */
    public record MoveResult(long id, long columnId, Long swimlaneId, String rank, int version) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    CardService cards;

    @Inject
    CardMoves moves;

    @GET
    public Response get(@PathParam("cardId") long cardId) {
        return withTag(details(cardId));
    }

    @PATCH
    public Response update(@PathParam("cardId") long cardId, @Valid @NotNull UpdateCardRequest body) {
        cards.update(currentUser.actor(), cardId, body.toCommand());
        return withTag(details(cardId));
    }

    @POST
    @Path("move")
    public Response move(@PathParam("cardId") long cardId, @Valid @NotNull MoveCardRequest body) {
        long t0 = System.nanoTime();
        var card = moves.move(currentUser.actor(), cardId, body.toCommand());
        return Response.ok(new MoveResult(card.getId(), card.getColumnId(), card.getSwimlaneId(), card.getRank(), card.getVersion()))
                .header("Server-Timing", ServerTiming.since("move", t0)).build();
    }

    @POST
    @Path("comments")
    public Response comment(@PathParam("cardId") long cardId, @Valid @NotNull CommentRequest body) {
        var c = cards.comment(currentUser.actor(), cardId, body.body());
        return Response.status(201).entity(new CardDetailView.Comment(c.getId(), c.getAuthorName(), c.getBody(), c.getCreatedAt())).build();
    }

    @POST
    @Path("attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response attach(@PathParam("cardId") long cardId, List<EntityPart> parts) throws IOException {
        EntityPart file = parts == null ? null : parts.stream().filter(p -> "file".equals(p.getName())).findFirst().orElse(null);
        if (file == null) {
            throw DomainException.invalid("file", "error.document.missing");
        }
        String fileName = DocumentResource.utf8(file.getFileName().orElseThrow(() -> DomainException.invalid("file", "error.document.fileName")));
        try (InputStream in = file.getContent()) {
            ProjectDocument d = cards.attach(currentUser.actor(), cardId, fileName, in);
            return Response.created(URI.create("documents/" + d.getId() + "/content")).entity(new CardDetailView.Attachment(d.getId(),
                    d.getFileName(), d.getContentType(), d.getSizeBytes(), "documents/" + d.getId() + "/content")).build();
        }
    }

    @POST
    @Path("archive")
    public Response archive(@PathParam("cardId") long cardId, @Valid @NotNull VersionRequest body) {
        cards.archive(currentUser.actor(), cardId, body.version(), true);
        return withTag(details(cardId));
    }

    @POST
    @Path("restore")
    public Response restore(@PathParam("cardId") long cardId, @Valid @NotNull VersionRequest body) {
        cards.archive(currentUser.actor(), cardId, body.version(), false);
        return withTag(details(cardId));
    }

    private CardDetailView details(long cardId) {
        var actor = currentUser.actor();
        return CardDetailView.of(cards.details(actor, cardId), actor.locale());
    }

    private static Response withTag(CardDetailView view) {
        return Response.ok(view).tag(new EntityTag(Integer.toString(view.version()))).build();
    }
}
