package org.solarpm.web.board;

import jakarta.inject.Inject;
import org.solarpm.web.ServerTiming;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.solarpm.board.BoardAccess;
import org.solarpm.board.BoardService;
import org.solarpm.board.CardFilter;
import org.solarpm.web.security.CurrentUser;

/**
 * {@code /projects/{id}/board}: the board (filterable by assignee, label, due, text), its live
 * event stream, and adding columns and swimlanes.
 */
@Path("/projects/{id}/board")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BoardResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    BoardService boards;

    @Inject
    BoardAccess access;

    @Inject
    BoardLiveUpdates live;

    /** The board; {@code Server-Timing} says how long the server took to read it and write its JSON. */
    @GET
    public Response board(@PathParam("id") long projectId, @QueryParam("assignee") Long assignee, @QueryParam("label") String label,
                          @QueryParam("due") String due, @QueryParam("q") String q) {
        long t0 = System.nanoTime();
        var actor = currentUser.actor();
        byte[] json = BoardJson.write(boards.boardOf(actor, projectId, new CardFilter(assignee, label, due, q)), projectId, actor.locale());
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).header("Server-Timing", ServerTiming.since("board", t0))
                .build();
    }

    /** Server-sent events: one JSON message per change (moves, new and edited cards) made by anyone on any instance. */
    @GET
    @Path("events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void events(@PathParam("id") long projectId, @Context SseEventSink sink, @Context Sse sse) {
        var actor = currentUser.actor();
        access.view(actor, projectId);
        live.subscribe(projectId, actor.id(), currentUser.token(), sink, sse);
    }

    @POST
    @Path("columns")
    public Response addColumn(@PathParam("id") long projectId, @Valid @NotNull ColumnRequest body) {
        var column = boards.addColumn(currentUser.actor(), projectId, body.name(), body.wipLimit());
        return Response.status(201).entity(BoardViewModel.ColumnView.of(column, currentUser.locale())).build();
    }

    @POST
    @Path("swimlanes")
    public Response addSwimlane(@PathParam("id") long projectId, @Valid @NotNull ColumnRequest body) {
        var lane = boards.addSwimlane(currentUser.actor(), projectId, body.name(), body.wipLimit());
        return Response.status(201).entity(BoardViewModel.LaneView.of(lane)).build();
    }
}
