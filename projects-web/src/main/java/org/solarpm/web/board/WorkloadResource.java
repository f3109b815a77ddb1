package org.solarpm.web.board;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.solarpm.board.BoardViews;
import org.solarpm.web.security.CurrentUser;

/** {@code GET /workload}: open and overdue cards per person over the projects the caller sees (most overdue first). */
@Path("/workload")
@Produces(MediaType.APPLICATION_JSON)
public class WorkloadResource {

    public record Page(List<BoardViews.Workload> items, long total) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    BoardViews views;

    @GET
    public Page workload() {
        var items = views.workload(currentUser.actor());
        return new Page(items, items.size());
    }
}
