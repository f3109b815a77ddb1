package org.solarpm.web.export;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.solarpm.reporting.CompanyReportsWorkbook;
import org.solarpm.reporting.XlsxSheet;
import org.solarpm.shared.DomainException;
import org.solarpm.shared.Messages;
import org.solarpm.web.ServerTiming;
import org.solarpm.web.security.CurrentUser;

/**
 * The daily reports of every project the caller sees over a range (at most 366 days) as one
 * workbook. The rows are read and laid into the streaming workbook before the response starts, so
 * a bad request still gets its problem+json and {@code Server-Timing: fill} covers the database
 * and sheet work; the zip is then written straight into the response.
 */
@Path("/daily-reports.xlsx")
public class CompanyReportsResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    CompanyReportsWorkbook workbooks;

    @GET
    @Produces(Download.XLSX)
    public Response workbook(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("branch") String branch) {
        long start = System.nanoTime();
        var actor = currentUser.actor();
        var range = workbooks.prepare(actor, date(from, "from"), date(to, "to"), id(branch, "branch"));
        CompanyReportsWorkbook.Filled filled = workbooks.fill(range, actor.locale());
        XlsxSheet xlsx = filled.workbook();
        String timing = ServerTiming.since("fill", start);
        String name = Messages.get(actor.locale(), "export.dailyReports.companyFileName", range.from().toString(), range.to().toString()) + ".xlsx";
        StreamingOutput body = out -> {
            try (xlsx) {
                xlsx.write(out);
            }
        };
        return Response.fromResponse(Download.of(body, Download.XLSX, name)).header("Server-Timing", timing)
                .header("X-Export-Rows", filled.reports() + " reports, " + filled.quantities() + " quantities").build();
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, "error.field.invalid");
        }
    }

    private static Long id(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to the problem below
        }
        throw DomainException.invalid(field, "error.field.invalid");
    }
}
