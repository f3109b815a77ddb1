package org.solarpm.web.board;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.solarpm.board.BoardService;
import org.solarpm.web.security.CurrentUser;

/** Editing a board column ({@code /board-columns/{id}}): project managers. */
@Path("/board-columns/{columnId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ColumnResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    BoardService boards;

    @PATCH
    public BoardViewModel.ColumnView updateColumn(@PathParam("columnId") long columnId, @Valid @NotNull ColumnRequest body) {
        var column = boards.updateColumn(currentUser.actor(), columnId, body.name(), body.wipLimit(), body.clearWip(), body.position());
        return BoardViewModel.ColumnView.of(column, currentUser.locale());
    }

    @DELETE
    public Response removeColumn(@PathParam("columnId") long columnId) {
        boards.removeColumn(currentUser.actor(), columnId);
        return Response.noContent().build();
    }
}
