package org.solarpm.web.dailyreport;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.solarpm.dailyreport.DailyReportService;
import org.solarpm.shared.Messages;
import org.solarpm.web.security.CurrentUser;

/** {@code GET /projects/{id}/work-items}: design quantities and cumulative installed quantities. */
@Path("/projects/{id}/work-items")
@Produces(MediaType.APPLICATION_JSON)
public class WorkItemResource {

    public record WorkItemView(long id, String code, String name, String unit, BigDecimal designQuantity, BigDecimal cumulativeQuantity,
                               BigDecimal percentComplete, LocalDate plannedStart, LocalDate plannedEnd) {
    }

    public record WorkItems(List<WorkItemView> items) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    DailyReportService reports;

    @GET
    public WorkItems list(@PathParam("id") long projectId) {
        var locale = currentUser.locale();
        return new WorkItems(reports.workItems(currentUser.actor(), projectId).stream().map(p -> new WorkItemView(p.item().getId(),
                p.item().getCode(), Messages.pick(locale, p.item().getNameZh(), p.item().getNameEn()), p.item().getUnit(),
                Inputs.plain(p.item().getDesignQuantity()), Inputs.plain(p.cumulativeQuantity()), Inputs.plain(p.percentComplete()),
                p.item().getPlannedStart(), p.item().getPlannedEnd())).toList());
    }
}
