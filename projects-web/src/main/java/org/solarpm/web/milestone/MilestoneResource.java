package org.solarpm.web.milestone;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.solarpm.milestone.MilestoneChange;
import org.solarpm.milestone.MilestoneService;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.DomainException;
import org.solarpm.shared.Messages;
import org.solarpm.web.security.CurrentUser;

/**
 * {@code PATCH /milestones/{id}} (replan with reason, decision makers), {@code POST /milestones/{id}/complete},
 * {@code GET /milestones/{id}/history} and the timeline {@code GET /milestones?from=&to=&branch=}.
 */
@Path("/milestones")
@Produces(MediaType.APPLICATION_JSON)
public class MilestoneResource {

    /** One timeline row: the milestone with its project. */
    public record TimelineItem(long id, long projectId, String projectCode, String projectName, String projectStage, long branchId,
                               String name, String stage, boolean key, LocalDate baselineDate, LocalDate plannedDate, LocalDate actualDate,
                               String status) {
    }

    public record HistoryItem(String kind, LocalDate oldDate, LocalDate newDate, String reason, String by, Instant at) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    MilestoneService milestones;

    @Inject
    CompanyClock clock;

    @GET
    public List<TimelineItem> timeline(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("branch") String branch) {
        var actor = currentUser.actor();
        LocalDate today = clock.today();
        LocalDate f = from == null ? today.minusMonths(1) : date("from", from);
        LocalDate t = to == null ? today.plusMonths(6) : date("to", to);
        Long b = branch == null || branch.isBlank() ? null : number("branch", branch);
        return milestones.timeline(actor, f, t, b).stream().map(r -> new TimelineItem(r.milestoneId(), r.projectId(), r.projectCode(),
                r.projectName(), r.projectStage(), r.branchId(), Messages.pick(actor.locale(), r.nameZh(), r.nameEn()), r.stage(), r.key(),
                r.baselineDate(), r.plannedDate(), r.actualDate(), status(r.plannedDate(), r.actualDate(), today))).toList();
    }

    @GET
    @Path("/{id}")
    public MilestoneView get(@PathParam("id") long id) {
        var actor = currentUser.actor();
        return MilestoneView.of(milestones.get(actor, id).milestone(), clock.today(), actor.locale());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public MilestoneView change(@PathParam("id") long id, @Valid @NotNull ReplanMilestoneRequest body) {
        var actor = currentUser.actor();
        var m = milestones.change(actor, id, body.plannedDate(), body.reason(), body.decisionMakers(), body.version());
        return MilestoneView.of(m, clock.today(), actor.locale());
    }

    @POST
    @Path("/{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    public MilestoneView complete(@PathParam("id") long id, @Valid @NotNull CompleteMilestoneRequest body) {
        var actor = currentUser.actor();
        return MilestoneView.of(milestones.complete(actor, id, body.actualDate()), clock.today(), actor.locale());
    }

    @GET
    @Path("/{id}/history")
    public List<HistoryItem> history(@PathParam("id") long id) {
        var actor = currentUser.actor();
        return milestones.history(actor, id).stream().map(c -> new HistoryItem(c.getKind().name(), c.getOldDate(), c.getNewDate(),
                c.getReason(), c.getActorName(), c.getChangedAt())).toList();
    }

    private static String status(LocalDate planned, LocalDate actual, LocalDate today) {
        if (actual != null) {
            return "DONE";
        }
        if (planned.isBefore(today)) {
            return "OVERDUE";
        }
        return planned.isAfter(today.plusDays(org.solarpm.milestone.Milestone.DUE_SOON_DAYS)) ? "UPCOMING" : "DUE_SOON";
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw DomainException.invalid(field, "error.milestone.range");
        }
    }

    private static long number(String field, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(field, "error.unknownReference", value);
        }
    }
}
