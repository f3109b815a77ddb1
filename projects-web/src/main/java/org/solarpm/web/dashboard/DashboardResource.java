package org.solarpm.web.dashboard;

import jakarta.inject.Inject;
import org.solarpm.web.ServerTiming;
import org.solarpm.reporting.PortfolioWorkbook;
import org.solarpm.shared.Messages;
import org.solarpm.web.export.Download;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
        byte[] json = PortfolioJson.write(view);
        // the dashboard's own time including its JSON (apart from sign-in and sending), for monitoring and the benchmark
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Server-Timing", ServerTiming.since("portfolio", start)).build();
    }

    /** The same portfolio as a workbook (projects, by branch, by manager), in the caller's language; audited. */
    @GET
    @Path("/portfolio.xlsx")
    @Produces(Download.XLSX)
    @RequireRole({Role.ADMIN, Role.EXECUTIVE, Role.BRANCH_HEAD, Role.PROJECT_MANAGER})
    public Response portfolioWorkbook(@QueryParam("date") String date, @QueryParam("branch") String branch) {
        var actor = currentUser.actor();
        var portfolio = workbooks.prepare(actor, DashboardDates.date("date", date), DashboardDates.id("branch", branch));
        String name = Messages.get(actor.locale(), "export.portfolio.fileName", portfolio.date()) + ".xlsx";
        return Download.of(out -> workbooks.write(portfolio, actor.locale(), out), Download.XLSX, name);
    }

    @Inject
    PortfolioWorkbook workbooks;
}
