package org.solarpm.web.procurement.budget;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.solarpm.reporting.MaterialsWorkbook;
import org.solarpm.web.export.Download;
import org.solarpm.web.security.CurrentUser;

/** The material plan against ordered, received and consumed as an Excel workbook. */
@Path("/projects/{id}/materials.xlsx")
public class ProjectMaterialsWorkbookResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    MaterialsWorkbook workbooks;

    @GET
    @Produces(Download.XLSX)
    public Response workbook(@PathParam("id") long projectId) {
        var actor = currentUser.actor();
        var prepared = workbooks.prepare(actor, projectId);
        return Download.of(out -> workbooks.write(prepared, actor.locale(), out), Download.XLSX, workbooks.fileName(prepared, actor.locale()));
    }
}
