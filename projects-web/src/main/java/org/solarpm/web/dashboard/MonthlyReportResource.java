package org.solarpm.web.dashboard;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.solarpm.reporting.MonthlyReportPdf;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.DomainException;
import org.solarpm.web.export.Download;
import org.solarpm.web.security.CurrentUser;

/** A project's monthly report (S-curve, milestones, cost against budget, the month in words) as a PDF. */
@Path("/projects/{id}/monthly-report.pdf")
public class MonthlyReportResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    MonthlyReportPdf monthly;

    @Inject
    CompanyClock clock;

    @GET
    @Produces(Download.PDF)
    public Response pdf(@PathParam("id") long projectId, @QueryParam("month") String month) {
        var file = monthly.pdf(currentUser.actor(), projectId, month(month));
        return Download.of(file.bytes(), Download.PDF, file.fileName());
    }

    private YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return YearMonth.from(clock.today());
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("month", "error.field.invalid");
        }
    }
}
