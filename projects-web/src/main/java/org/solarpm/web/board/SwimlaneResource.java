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

/** Editing a swimlane ({@code /swimlanes/{id}}): project managers. */
@Path("/swimlanes/{laneId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SwimlaneResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    BoardService boards;

    @PATCH
    public BoardViewModel.LaneView updateLane(@PathParam("laneId") long laneId, @Valid @NotNull ColumnRequest body) {
        return BoardViewModel.LaneView.of(boards.updateSwimlane(currentUser.actor(), laneId, body.name(), body.wipLimit(), body.clearWip()));
    }

    @DELETE
    public Response removeLane(@PathParam("laneId") long laneId) {
        boards.removeSwimlane(currentUser.actor(), laneId);
        return Response.noContent().build();
    }
}
