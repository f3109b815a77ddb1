package org.solarpm.web.dashboard;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.solarpm.identity.Role;
import org.solarpm.reporting.DailyDigest;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.Messages;
import org.solarpm.web.ServerTiming;
import org.solarpm.web.export.Download;
import org.solarpm.web.security.CurrentUser;
import org.solarpm.web.security.RequireRole;

/** The executive daily digest as a PDF: the same scope and figures as the portfolio dashboard. */
@Path("/reports")
public class DigestResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    DailyDigest digest;

    @Inject
    CompanyClock clock;

    @GET
    @Path("/daily-digest.pdf")
    @Produces(Download.PDF)
    @RequireRole({Role.ADMIN, Role.EXECUTIVE, Role.BRANCH_HEAD, Role.PROJECT_MANAGER})
    public Response dailyDigest(@QueryParam("date") String date, @QueryParam("branch") String branch) {
        long start = System.nanoTime();
        var actor = currentUser.actor();
        var day = DashboardDates.date("date", date);
        byte[] pdf = digest.pdf(actor, day, DashboardDates.id("branch", branch));
        String name = Messages.get(actor.locale(), "export.digest.fileName", day == null ? clock.today() : day) + ".pdf";
        return Response.fromResponse(Download.of(pdf, Download.PDF, name)).header("Server-Timing", ServerTiming.since("digest", start)).build();
    }
}
