package org.solarpm.reminder;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.solarpm.identity.Actor;
import org.solarpm.identity.AuditLog;
import org.solarpm.project.Project;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.DomainException;

/**
 * Reminder rules and the company calendar (administrators). Changing a company rule's schedule
 * reschedules its Quartz trigger; project rules override enabled and parameters for one project.
 */
@Stateless
public class ReminderRuleService {

    /** The rules with the company calendar. */
    public record Settings(String timeZone, Set<DayOfWeek> workingDays, List<ReminderRule> rules) {
    }

    /** A wanted rule; projectId 0 (or null) for the company rule. */
    public record RuleChange(String code, Long projectId, String cron, boolean enabled, String params) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CompanyClock clock;

    @Inject
    AuditLog audit;

    @Inject
    ReminderScheduler scheduler;

    @Inject
    RuleRunner runner;

    public Settings settings(Actor actor) {
        ChannelService.requireAdmin(actor);
        return new Settings(clock.zone().getId(), workingDays(), em.createNamedQuery(ReminderRule.ALL, ReminderRule.class).getResultList());
    }

    /** Applies all changes or none; a bad cron or parameter is a 400 and changes nothing. */
    public Settings update(Actor actor, List<RuleChange> changes, Set<DayOfWeek> workingDays) {
        ChannelService.requireAdmin(actor);
        Map<String, ReminderRule> existing = em.createNamedQuery(ReminderRule.ALL, ReminderRule.class).getResultList().stream()
                .collect(Collectors.toMap(r -> r.getCode() + "@" + r.getProjectId(), r -> r));
        Instant now = clock.now();
        List<ReminderRule> companyChanged = new ArrayList<>();
        for (RuleChange c : changes) {
            JobId job = JobId.of(c.code());
            long projectId = c.projectId() == null ? ReminderRule.COMPANY : c.projectId();
            if (projectId != ReminderRule.COMPANY && em.find(Project.class, projectId) == null) {
                throw DomainException.invalid("projectId", "error.unknownReference", projectId);
            }
            ReminderRule rule = existing.get(job.name() + "@" + projectId);
            ReminderRule company = existing.get(job.name() + "@" + ReminderRule.COMPANY);
            String cron = projectId == ReminderRule.COMPANY || c.cron() != null ? c.cron() : company.getCron();
            if (rule == null) {
                rule = new ReminderRule(job, projectId, cron, c.enabled(), c.params(), actor.displayName(), now);
                em.persist(rule);
            } else {
                rule.change(cron, c.enabled(), c.params(), actor.displayName(), now);
            }
            if (projectId == ReminderRule.COMPANY) {
                companyChanged.add(rule);
            }
        }
        if (workingDays != null) {
            if (workingDays.isEmpty()) {
                throw DomainException.invalid("workingDays", "error.reminder.workingDays");
            }
            em.createNativeQuery("UPDATE reminder_calendar SET working_days = ?1 WHERE id = 1")
                    .setParameter(1, workingDays.stream().map(d -> Integer.toString(d.getValue())).sorted().collect(Collectors.joining(",")))
                    .executeUpdate();
        }
        em.flush();
        companyChanged.forEach(r -> scheduler.apply(r.jobId(), r.getCron(), r.isEnabled()));
        audit.record(actor, "REMINDER_RULES", "ReminderRule", null, changes.size() + " rules");
        return new Settings(clock.zone().getId(), workingDays == null ? workingDays() : workingDays,
                em.createNamedQuery(ReminderRule.ALL, ReminderRule.class).getResultList());
    }

    /** Runs one rule now, synchronously (administrators), e.g. to catch up after a long outage. */
    public RuleRunner.Outcome runNow(Actor actor, String code) {
        ChannelService.requireAdmin(actor);
        return runner.run(JobId.of(code), clock.now());
    }

    public Set<DayOfWeek> workingDays() {
        String days = (String) em.createNativeQuery("SELECT working_days FROM reminder_calendar WHERE id = 1").getSingleResult();
        Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        for (String d : days.split(",")) {
            if (!d.isBlank()) {
                set.add(DayOfWeek.of(Integer.parseInt(d.strip())));
            }
        }
        return new TreeSet<>(set);
    }
}
