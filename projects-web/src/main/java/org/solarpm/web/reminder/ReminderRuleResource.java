package org.solarpm.web.reminder;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.solarpm.identity.Role;
import org.solarpm.reminder.ReminderRule;
import org.solarpm.reminder.ReminderRuleService;
import org.solarpm.reminder.RuleRunner;
import org.solarpm.web.security.CurrentUser;
import org.solarpm.web.security.RequireRole;

/** Reminder rules and their schedules (administrators): {@code GET/PUT /reminder-rules}, {@code POST /reminder-rules/{code}/run} (runs it now and says what it did). */
@Path("/reminder-rules")
@Produces(MediaType.APPLICATION_JSON)
@RequireRole(Role.ADMIN)
public class ReminderRuleResource {

    public record RuleView(String code, long projectId, String cron, boolean enabled, String params, Instant updatedAt, String updatedBy) {
        static RuleView of(ReminderRule r) {
            return new RuleView(r.getCode(), r.getProjectId(), r.getCron(), r.isEnabled(), r.getParams(), r.getUpdatedAt(), r.getUpdatedBy());
        }
    }

    public record SettingsView(String timeZone, Set<DayOfWeek> workingDays, List<RuleView> rules) {
        static SettingsView of(ReminderRuleService.Settings s) {
            return new SettingsView(s.timeZone(), s.workingDays(), s.rules().stream().map(RuleView::of).toList());
        }
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    ReminderRuleService rules;

    @GET
    public SettingsView get() {
        return SettingsView.of(rules.settings(currentUser.actor()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public SettingsView update(@Valid @NotNull UpdateReminderRulesRequest body) {
        return SettingsView.of(rules.update(currentUser.actor(), body.changes(), body.workingDays()));
    }

    @POST
    @Path("/{code}/run")
    public RuleRunner.Outcome run(@PathParam("code") String code) {
        return rules.runNow(currentUser.actor(), code);
    }
}
