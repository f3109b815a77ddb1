package org.solarpm.web.dashboard;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.solarpm.dailyreport.ProgressService;
import org.solarpm.dailyreport.ProjectProgress;
import org.solarpm.shared.Messages;
import org.solarpm.web.security.CurrentUser;

/** A project's planned against actual S-curve and work items (own root resource so the path matches beside ProjectResource). */
@Path("/projects/{id}/progress")
@Produces(MediaType.APPLICATION_JSON)
public class ProgressResource {

    public record ItemView(long workItemId, String code, String name, String unit, double designQuantity,
                           double cumulativeQuantity, double plannedQuantityToDate, LocalDate plannedStart, LocalDate plannedEnd) {
    }

    public record ProgressView(long projectId, double designKwp, LocalDate asOf, Integer scheduleVarianceDays,
                               double plannedPercent, double actualPercent, List<ProjectProgress.Point> series,
                               List<ItemView> workItems) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    ProgressService progress;

    @GET
    public ProgressView get(@PathParam("id") long id, @QueryParam("asOf") String asOf) {
        var actor = currentUser.actor();
        ProjectProgress p = progress.progress(actor, id, DashboardDates.date("asOf", asOf));
        return new ProgressView(p.projectId(), p.designKwp(), p.asOf(), p.scheduleVarianceDays(), p.plannedPercent(),
                p.actualPercent(), p.series(), p.workItems().stream().map(w -> new ItemView(w.workItemId(), w.code(),
                Messages.pick(actor.locale(), w.nameZh(), w.nameEn()), w.unit(), w.designQuantity(), w.cumulativeQuantity(),
                w.plannedQuantityToDate(), w.plannedStart(), w.plannedEnd())).toList());
    }
}
