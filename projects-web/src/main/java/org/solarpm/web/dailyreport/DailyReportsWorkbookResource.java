package org.solarpm.web.dailyreport;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.solarpm.reporting.DailyReportsWorkbook;
import org.solarpm.shared.Messages;
import org.solarpm.web.export.Download;
import org.solarpm.web.security.CurrentUser;

/** A project's daily reports over a range as an Excel workbook (reports, and quantities per work item). */
@Path("/projects/{id}/daily-reports.xlsx")
public class DailyReportsWorkbookResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    DailyReportsWorkbook workbooks;

    @GET
    @Produces(Download.XLSX)
    public Response workbook(@PathParam("id") long projectId, @QueryParam("from") String from, @QueryParam("to") String to) {
        var actor = currentUser.actor();
        var range = workbooks.prepare(actor, projectId, Inputs.optionalDate(from, "from"), Inputs.optionalDate(to, "to"));
        String name = Messages.get(actor.locale(), "export.dailyReports.fileName", range.project().getCode(),
                range.from().toString(), range.to().toString()) + ".xlsx";
        return Download.of(out -> workbooks.write(range, actor.locale(), out), Download.XLSX, name);
    }
}
