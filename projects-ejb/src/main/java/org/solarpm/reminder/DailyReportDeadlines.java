package org.solarpm.reminder;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.solarpm.dailyreport.DeadlinePolicy;
import org.solarpm.shared.CompanyClock;

/**
 * The daily-report deadline rule. For each working day whose deadline has passed (the last three days),
 * every project in construction without a filed report (SUBMITTED, APPROVED or RETURNED in
 * {@code daily_report}) nudges its site leads; once the grace window has closed the day is marked
 * MISSING ({@code daily_report_missing}) and the PMs are told. Deadline and grace come from the rule
 * (company default 24:00 / 09:00 next day, per project overridable). Event keys make repeated sweeps
 * silent: one nudge and one escalation per project and day.
 */
@Stateless
public class DailyReportDeadlines {

    static final int LOOK_BACK_DAYS = 3;

    /** What one sweep did. */
    public record Result(int nudged, int escalated) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    ReminderRuleService rules;

    @Inject
    CompanyClock clock;

    public Result sweep(Instant now) {
        RuleSet nudgeRules = ruleSet(JobId.DAILY_REPORT_NUDGE);
        RuleSet escalateRules = ruleSet(JobId.DAILY_REPORT_ESCALATE);
        Set<DayOfWeek> workingDays = rules.workingDays();
        LocalDate today = LocalDate.ofInstant(now, clock.zone());
        int nudged = 0;
        int escalated = 0;
        for (LocalDate day = today.minusDays(LOOK_BACK_DAYS); !day.isAfter(today); day = day.plusDays(1)) {
            if (!workingDays.contains(day.getDayOfWeek())) {
                continue;
            }
            List<Object[]> unfiled = unfiled(day);
            if (unfiled.isEmpty()) {
                continue;
            }
            Map<Long, Map<String, Set<Long>>> members = members(unfiled);
            for (Object[] p : unfiled) {
                long projectId = ((Number) p[0]).longValue();
                ReminderRule nudge = nudgeRules.forProject(projectId);
                ReminderRule escalate = escalateRules.forProject(projectId);
                DeadlinePolicy policy = policyOf(escalate.isEnabled() ? escalate : nudge);
                Map<String, Set<Long>> roles = members.getOrDefault(projectId, Map.of());
                Set<Long> pms = new LinkedHashSet<>(roles.getOrDefault("PM", Set.of()));
                pms.add(((Number) p[3]).longValue());
                List<Object> args = List.of(p[1], p[2], day.toString(), policy.deadlineTime().toString(), policy.graceEndTime().toString());
                if (escalate.isEnabled() && policy.isMissing(day, now)) {
                    markMissing(projectId, day, now);
                    notifications.publish(new Notice("DAILY_REPORT_MISSING:" + projectId + ":" + day, "DAILY_REPORT_MISSING", pms,
                            "notify.report.missing.title", "notify.report.missing.body", args, "#/reports", false), now);
                    escalated++;
                } else if (nudge.isEnabled() && policyOf(nudge).isOverdue(day, now) && !policyOf(nudge).isMissing(day, now)) {
                    Set<Long> leads = roles.getOrDefault("SITE_LEAD", Set.of());
                    notifications.publish(new Notice("DAILY_REPORT_NUDGE:" + projectId + ":" + day, "DAILY_REPORT_NUDGE",
                            leads.isEmpty() ? pms : leads, "notify.report.nudge.title", "notify.report.nudge.body", args, "#/reports", false), now);
                    nudged++;
                }
            }
        }
        return new Result(nudged, escalated);
    }

    /** Projects in construction with no filed report for the day: id, code, name, manager. One indexed query. */
    @SuppressWarnings("unchecked")
    private List<Object[]> unfiled(LocalDate day) {
        return em.createNativeQuery("SELECT p.id, p.code, p.name, p.manager_id FROM project p"
                        + " LEFT JOIN daily_report r ON r.project_id = p.id AND r.report_date = ?1"
                        + " AND r.status IN ('SUBMITTED', 'APPROVED', 'RETURNED')"
                        + " WHERE p.stage = 'CONSTRUCTION' AND p.planned_start <= ?1 AND r.id IS NULL ORDER BY p.id")
                .setParameter(1, java.sql.Date.valueOf(day)).getResultList();
    }

    /** Site leads and PMs of the given projects, in one query. */
    private Map<Long, Map<String, Set<Long>>> members(List<Object[]> projects) {
        Map<Long, Map<String, Set<Long>>> result = new HashMap<>();
        List<Long> ids = new ArrayList<>();
        projects.forEach(p -> ids.add(((Number) p[0]).longValue()));
        for (int i = 0; i < ids.size(); i += 1000) {
            String in = ids.subList(i, Math.min(ids.size(), i + 1000)).stream().map(String::valueOf).collect(Collectors.joining(","));
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT pm.project_id, pm.role, pm.user_id FROM project_member pm JOIN app_user u ON u.id = pm.user_id"
                    + " WHERE u.active = TRUE AND pm.role IN ('PM', 'SITE_LEAD') AND pm.project_id IN (" + in + ")").getResultList();
            for (Object[] r : rows) {
                result.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashMap<>())
                        .computeIfAbsent((String) r[1], k -> new LinkedHashSet<>()).add(((Number) r[2]).longValue());
            }
        }
        return result;
    }

    private void markMissing(long projectId, LocalDate day, Instant now) {
        em.createNativeQuery("INSERT INTO daily_report_missing (project_id, report_date, marked_at) VALUES (?1, ?2, ?3)"
                        + " ON DUPLICATE KEY UPDATE project_id = project_id")
                .setParameter(1, projectId).setParameter(2, java.sql.Date.valueOf(day)).setParameter(3, SqlTime.utc(now)).executeUpdate();
    }

    /** Days marked MISSING for a project (newest first). */
    @SuppressWarnings("unchecked")
    public List<LocalDate> missingDays(long projectId) {
        List<java.sql.Date> rows = em.createNativeQuery("SELECT report_date FROM daily_report_missing WHERE project_id = ?1 ORDER BY report_date DESC")
                .setParameter(1, projectId).getResultList();
        return rows.stream().map(java.sql.Date::toLocalDate).toList();
    }

    private DeadlinePolicy policyOf(ReminderRule rule) {
        Map<String, String> params = rule.paramMap();
        return DeadlinePolicy.of(params.getOrDefault("deadline", RuleParams.DEFAULT_DEADLINE), params.getOrDefault("grace", RuleParams.DEFAULT_GRACE),
                clock.zone());
    }

    private RuleSet ruleSet(JobId job) {
        return RuleSet.of(em.createNamedQuery(ReminderRule.OF_CODE, ReminderRule.class).setParameter("code", job.name()).getResultList());
    }
}
