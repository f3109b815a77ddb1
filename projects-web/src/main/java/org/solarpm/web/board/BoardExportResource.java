package org.solarpm.web.board;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.solarpm.board.BoardViews;
import org.solarpm.board.BoardWorkbook;
import org.solarpm.board.CardFilter;
import org.solarpm.shared.CompanyClock;
import org.solarpm.web.security.CurrentUser;

/** {@code GET /projects/{id}/board.xlsx}: the (filtered) board as an Excel sheet; recorded in the audit log as EXPORT. */
@Path("/projects/{id}/board.xlsx")
public class BoardExportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    CurrentUser currentUser;

    @Inject
    BoardViews views;

    @Inject
    CompanyClock clock;

    @GET
    @Produces({XLSX, "application/problem+json"})
    public Response export(@PathParam("id") long projectId, @QueryParam("assignee") Long assignee, @QueryParam("label") String label,
                           @QueryParam("due") String due, @QueryParam("q") String q) {
        var actor = currentUser.actor();
        var content = views.export(actor, projectId, new CardFilter(assignee, label, due, q));
        byte[] bytes = BoardWorkbook.write(content.board(), content.cards(), actor.locale(), clock.today());
        return Response.ok(bytes, XLSX)
                .header("Content-Disposition", "attachment; filename=\"board-" + projectId + ".xlsx\"").build();
    }
}
