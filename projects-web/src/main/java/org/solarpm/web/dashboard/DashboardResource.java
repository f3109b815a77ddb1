package org.solarpm.web.dashboard;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.solarpm.dashboard.PortfolioService;
import org.solarpm.identity.Role;
import org.solarpm.web.security.CurrentUser;
import org.solarpm.web.security.RequireRole;

/** The executive's portfolio of a day; branch heads see their branch, project managers their projects. */
@Path("/dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    PortfolioService portfolios;

    @GET
    @Path("/portfolio")
    @RequireRole({Role.ADMIN, Role.EXECUTIVE, Role.BRANCH_HEAD, Role.PROJECT_MANAGER})
    public Response portfolio(@QueryParam("date") String date, @QueryParam("branch") String branch) {
        long start = System.nanoTime();
        var view = PortfolioView.of(portfolios.portfolio(currentUser.actor(), DashboardDates.date("date", date),
                DashboardDates.id("branch", branch)));
        // the dashboard's own time, apart from sign-in and JSON, for monitoring and the benchmark
        String millis = String.format(Locale.ROOT, "%.2f", (System.nanoTime() - start) / 1e6);
        return Response.ok(view).header("Server-Timing", "portfolio;dur=" + millis).build();
    }
}
