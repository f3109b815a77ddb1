package org.solarpm.reminder;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.solarpm.identity.Actor;
import org.solarpm.identity.User;
import org.solarpm.milestone.Milestone;
import org.solarpm.milestone.MilestoneRepository;
import org.solarpm.project.Project;
import org.solarpm.reporting.DailyDigest;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.Messages;

/**
 * The reminder rules, each a method taking the instant it runs for (the jobs pass the clock's now,
 * tests a fixed instant). Every notice has an event key naming the rule, the subject and the day, so
 * running a rule twice for the same day notifies nobody twice.
 */
@Stateless
public class ReminderService {

    @PersistenceContext
    EntityManager em;

    @Inject
    MilestoneRepository milestones;

    @Inject
    Notifications notifications;

    @Inject
    ReminderRuleService rules;

    @Inject
    CompanyClock clock;

    @Inject
    DailyDigest digest;

    /** Open milestones planned N days ahead (N from the rule, default 7 and 1), to their decision makers. */
    public int milestonesDue(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone());
        RuleSet set = ruleSet(JobId.MILESTONE_DUE);
        Set<Integer> allDays = new java.util.TreeSet<>(RuleParams.daysBefore(set.company().paramMap()));
        set.byProject().values().forEach(r -> allDays.addAll(RuleParams.daysBefore(r.paramMap())));
        int sent = 0;
        for (int days : allDays) {
            for (Milestone m : milestones.openDueOn(today.plusDays(days))) {
                ReminderRule rule = set.forProject(m.getProjectId());
                Project p = em.find(Project.class, m.getProjectId());
                if (!rule.isEnabled() || !RuleParams.daysBefore(rule.paramMap()).contains(days) || p.getStage().isTerminal()) {
                    continue;
                }
                notifications.publish(new Notice("MILESTONE_DUE:" + m.getId() + ":" + days + ":" + m.getPlannedDate(), "MILESTONE_DUE",
                        recipientsOf(m, p), "notify.milestone.due.title", "notify.milestone.due.body",
                        List.of(p.getCode(), p.getName(), m.getNameZh(), m.getNameEn(), m.getPlannedDate().toString(), days),
                        "#/milestones?project=" + p.getId(), true), now);
                sent++;
            }
        }
        return sent;
    }

    /** Every open milestone past its planned date, once a day until done. */
    public int milestonesOverdue(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone());
        RuleSet set = ruleSet(JobId.MILESTONE_OVERDUE);
        int sent = 0;
        for (Milestone m : milestones.openOverdue(today)) {
            Project p = em.find(Project.class, m.getProjectId());
            if (!set.forProject(m.getProjectId()).isEnabled() || p.getStage().isTerminal()) {
                continue;
            }
            long late = m.getPlannedDate().until(today, java.time.temporal.ChronoUnit.DAYS);
            notifications.publish(new Notice("MILESTONE_OVERDUE:" + m.getId() + ":" + today, "MILESTONE_OVERDUE", recipientsOf(m, p),
                    "notify.milestone.overdue.title", "notify.milestone.overdue.body",
                    List.of(p.getCode(), p.getName(), m.getNameZh(), m.getNameEn(), m.getPlannedDate().toString(), late),
                    "#/milestones?project=" + p.getId(), false), now);
            sent++;
        }
        return sent;
    }

    /**
     * One digest per person per working day: open cards due tomorrow or overdue on the projects where
     * the person holds the card's responsible role.
     */
    public int cardDigests(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone());
        if (!rules.workingDays().contains(today.getDayOfWeek())) {
            return 0;
        }
        RuleSet set = ruleSet(JobId.CARD_DIGEST);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT pm.user_id, p.id, p.code, c.title_zh, c.title_en, c.due_date FROM card c"
                + " JOIN board b ON b.id = c.board_id JOIN project p ON p.id = b.project_id"
                + " JOIN board_column bc ON bc.id = c.column_id"
                + " JOIN project_member pm ON pm.project_id = p.id AND pm.role = c.responsible_role"
                + " WHERE c.due_date <= ?1 AND bc.code <> 'DONE' AND p.stage NOT IN ('LOST', 'CLOSED')"
                + " ORDER BY pm.user_id, c.due_date, p.code, c.id")
                .setParameter(1, java.sql.Date.valueOf(today.plusDays(1))).getResultList();
        Map<Long, List<Object[]>> byUser = new LinkedHashMap<>();
        for (Object[] r : rows) {
            if (set.forProject(((Number) r[1]).longValue()).isEnabled()) {
                byUser.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(r);
            }
        }
        byUser.forEach((userId, cards) -> {
            StringBuilder zh = new StringBuilder();
            StringBuilder en = new StringBuilder();
            for (Object[] c : cards) {
                LocalDate due = ((java.sql.Date) c[5]).toLocalDate();
                boolean overdue = due.isBefore(today);
                zh.append("- [").append(c[2]).append("] ").append(c[3]).append("（").append(due).append(overdue ? "，已逾期" : "，明天到期").append("）\n");
                en.append("- [").append(c[2]).append("] ").append(c[4]).append(" (").append(due).append(overdue ? ", overdue" : ", due tomorrow").append(")\n");
            }
            notifications.publish(new Notice("CARD_DIGEST:" + userId + ":" + today, "CARD_DIGEST", Set.of(userId),
                    "notify.cards.title", "notify.cards.body", List.of(cards.size(), zh.toString().strip(), en.toString().strip(), today.toString()),
                    "#/boards", false), now);
        });
        return byUser.size();
    }

    /** The 08:00 digest for executives: yesterday's completed and replanned milestones, what is overdue, what is being built. */
    public int executiveDigest(Instant now) {
        ZoneId zone = zone();
        LocalDate yesterday = LocalDate.ofInstant(now, zone).minusDays(1);
        var from = SqlTime.utc(yesterday.atStartOfDay(zone).toInstant());
        var to = SqlTime.utc(yesterday.plusDays(1).atStartOfDay(zone).toInstant());
        long done = count("SELECT COUNT(*) FROM milestone WHERE actual_date = ?1", java.sql.Date.valueOf(yesterday), null);
        long replans = count("SELECT COUNT(*) FROM milestone_change WHERE kind = 'REPLAN' AND changed_at >= ?1 AND changed_at < ?2", from, to);
        long overdue = count("SELECT COUNT(*) FROM milestone m JOIN project p ON p.id = m.project_id WHERE m.actual_date IS NULL"
                + " AND m.planned_date < ?1 AND p.stage NOT IN ('LOST', 'CLOSED')", java.sql.Date.valueOf(yesterday.plusDays(1)), null);
        long building = count("SELECT COUNT(*) FROM project WHERE stage = 'CONSTRUCTION'", null, null);
        @SuppressWarnings("unchecked")
        List<Number> executives = em.createNativeQuery("SELECT u.id FROM app_user u JOIN user_role r ON r.user_id = u.id"
                + " WHERE r.role = 'EXECUTIVE' AND u.active = TRUE ORDER BY u.id").getResultList();
        Set<Long> to2 = new LinkedHashSet<>();
        executives.forEach(n -> to2.add(n.longValue()));
        if (!ruleSet(JobId.EXECUTIVE_DIGEST).company().isEnabled() || to2.isEmpty()) {
            return 0;
        }
        notifications.publish(new Notice("EXECUTIVE_DIGEST:" + yesterday, "EXECUTIVE_DIGEST", to2, "notify.digest.title", "notify.digest.body",
                List.of(yesterday.toString(), done, replans, overdue, building), "#/milestones", false, digestPdf(yesterday)), now);
        return to2.size();
    }

    /**
     * The e-mail attachment of the digest: the executive one-pager of the day as the recipient would
     * download it (their scope, language and watermark), rendered once per recipient when queued.
     */
    private Attachments digestPdf(LocalDate day) {
        return (userId, name, locale) -> {
            Actor reader = Actor.of(em.find(User.class, userId), locale, null);
            String fileName = Messages.get(locale, "export.digest.fileName", day) + ".pdf";
            return List.of(new Attachments.Attachment(fileName, "application/pdf", digest.pdf(reader, day, null)));
        };
    }

    /** Decision makers of the milestone, or the project manager when none are named. */
    static Set<Long> recipientsOf(Milestone m, Project p) {
        return m.getDecisionMakers().isEmpty() ? Set.of(p.getManager().getId()) : m.getDecisionMakers();
    }

    private long count(String sql, Object p1, Object p2) {
        var q = em.createNativeQuery(sql);
        if (p1 != null) {
            q.setParameter(1, p1);
        }
        if (p2 != null) {
            q.setParameter(2, p2);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    private RuleSet ruleSet(JobId job) {
        return RuleSet.of(em.createNamedQuery(ReminderRule.OF_CODE, ReminderRule.class).setParameter("code", job.name()).getResultList());
    }

    private ZoneId zone() {
        return clock.zone();
    }
}
