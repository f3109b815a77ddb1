package org.solarpm.it.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.solarpm.identity.Actor;
import org.solarpm.identity.NewUser;
import org.solarpm.identity.OrganisationService;
import org.solarpm.identity.Role;
import org.solarpm.identity.User;
import org.solarpm.identity.UserService;
import org.solarpm.milestone.Milestone;
import org.solarpm.milestone.MilestoneRepository;
import org.solarpm.project.NewProject;
import org.solarpm.project.Project;
import org.solarpm.project.ProjectDetails;
import org.solarpm.project.ProjectRole;
import org.solarpm.project.ProjectService;
import org.solarpm.reminder.DailyReportDeadlines;
import org.solarpm.reminder.ReminderService;

/**
 * In-container: the reminder rules called with fixed instants (the jobs pass the clock's now) against
 * MariaDB: the daily-report deadline around 24:00 and the 09:00 grace end, and milestone reminders
 * that never repeat for the same day.
 */
@ExtendWith(ArquillianExtension.class)
class ReminderServiceIT {

    private static final Actor ADMIN = new Actor(0, "it-admin", "IT Admin", Set.of(Role.ADMIN), null, Locale.ROOT, "127.0.0.1");
    private static final LocalDate DAY = LocalDate.of(2026, 6, 10); // a Wednesday, a working day

    @Deployment
    static WebArchive deployment() {
        return Deployments.solarpm();
    }

    @Inject
    DailyReportDeadlines deadlines;

    @Inject
    ReminderService reminders;

    @Inject
    ProjectService projects;

    @Inject
    MilestoneRepository milestones;

    @Inject
    UserService users;

    @Inject
    OrganisationService organisation;

    @Resource(lookup = "java:app/jdbc/solarpm")
    DataSource dataSource;

    private record Setup(long projectId, long pmId, long siteLeadId) {
    }

    private Setup constructionProject(LocalDate start) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        long branchId = organisation.create(ADMIN, "R" + suffix, "提醒测试分公司", "Reminder test branch").getId();
        User pm = users.create(ADMIN, new NewUser("rpm-" + suffix.toLowerCase(Locale.ROOT), "项目经理", null, null, "zh-CN", "solarpm-pw",
                branchId, null, Set.of(Role.PROJECT_MANAGER)));
        User lead = users.create(ADMIN, new NewUser("rsl-" + suffix.toLowerCase(Locale.ROOT), "现场负责人", null, null, "zh-CN", "solarpm-pw",
                branchId, null, Set.of(Role.SITE_LEAD)));
        Project p = projects.create(ADMIN, new NewProject("ci-rooftop", new ProjectDetails("REM-" + suffix, "提醒 " + suffix, "业主", "江苏省南京市",
                null, null, null, null, start, start.plusMonths(6)), new BigDecimal("800"), null, branchId, pm.getId()), null);
        projects.addMember(ADMIN, p.getId(), lead.getId(), ProjectRole.SITE_LEAD);
        sql("UPDATE project SET stage = 'CONSTRUCTION' WHERE id = ?", p.getId());
        return new Setup(p.getId(), pm.getId(), lead.getId());
    }

    private static Instant shanghai(String localDateTime) {
        return ZonedDateTime.parse(localDateTime + "+08:00[Asia/Shanghai]").toInstant();
    }

    @Test
    void shouldNudgeAfterTheDeadlineAndEscalateAfterTheGraceWindowOnce() throws Exception {
        Setup s = constructionProject(DAY);
        String nudge = "DAILY_REPORT_NUDGE:" + s.projectId() + ":" + DAY;
        String missing = "DAILY_REPORT_MISSING:" + s.projectId() + ":" + DAY;

        deadlines.sweep(shanghai("2026-06-10T23:59:59"));
        assertEquals(List.of(), recipients(nudge), "before 24:00 nobody is chased");

        deadlines.sweep(shanghai("2026-06-11T00:00:05"));
        deadlines.sweep(shanghai("2026-06-11T01:00:05"));
        assertEquals(List.of(s.siteLeadId()), recipients(nudge), "after 24:00 the site lead is nudged, once");
        assertEquals(List.of(), recipients(missing));

        deadlines.sweep(shanghai("2026-06-11T09:00:00"));
        assertEquals(List.of(), recipients(missing), "09:00 itself still lies in the grace window");
        assertEquals(0L, count("SELECT COUNT(*) FROM daily_report_missing WHERE project_id = ?", s.projectId()));

        deadlines.sweep(shanghai("2026-06-11T09:00:05"));
        deadlines.sweep(shanghai("2026-06-11T10:00:05"));
        assertEquals(List.of(s.pmId()), recipients(missing), "after the grace window the PM hears, once");
        assertEquals(1L, count("SELECT COUNT(*) FROM daily_report_missing WHERE project_id = ? AND report_date = '2026-06-10'", s.projectId()));
        assertEquals(List.of(s.siteLeadId()), recipients(nudge));
    }

    @Test
    void shouldLeaveProjectsThatFiledAlone() throws Exception {
        Setup filed = constructionProject(DAY);
        Setup draft = constructionProject(DAY);
        report(filed, "SUBMITTED");
        report(draft, "DRAFT");

        deadlines.sweep(shanghai("2026-06-11T09:30:00"));
        assertEquals(List.of(), recipients("DAILY_REPORT_MISSING:" + filed.projectId() + ":" + DAY));
        assertEquals(List.of(draft.pmId()), recipients("DAILY_REPORT_MISSING:" + draft.projectId() + ":" + DAY), "a draft is not a report");
    }

    @Test
    void shouldRemindDecisionMakersSevenAndOneDayBeforeAndOnlyOncePerDay() throws Exception {
        Setup s = constructionProject(LocalDate.of(2026, 3, 2));
        Milestone m = milestones.of(s.projectId()).get(0);
        LocalDate planned = m.getPlannedDate();
        Instant sevenBefore = planned.minusDays(7).atTime(8, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
        reminders.milestonesDue(sevenBefore);
        reminders.milestonesDue(sevenBefore.plusSeconds(600));
        assertEquals(List.of(s.pmId()), recipients("MILESTONE_DUE:" + m.getId() + ":7:" + planned));
        assertEquals(List.of(), recipients("MILESTONE_DUE:" + m.getId() + ":1:" + planned));
        reminders.milestonesDue(sevenBefore.plusSeconds(6 * 86400));
        assertEquals(List.of(s.pmId()), recipients("MILESTONE_DUE:" + m.getId() + ":1:" + planned));

        Instant overdue = planned.plusDays(2).atTime(8, 5).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
        reminders.milestonesOverdue(overdue);
        reminders.milestonesOverdue(overdue.plusSeconds(60));
        assertEquals(List.of(s.pmId()), recipients("MILESTONE_OVERDUE:" + m.getId() + ":" + planned.plusDays(2)));
    }

    @Test
    void shouldSendOneCardDigestPerPersonPerWorkingDay() throws Exception {
        Setup s = constructionProject(LocalDate.of(2026, 3, 2));
        Instant wednesday = shanghai("2026-06-10T07:30:00");
        reminders.cardDigests(wednesday);
        reminders.cardDigests(wednesday.plusSeconds(300));
        String key = "CARD_DIGEST:" + s.pmId() + ":2026-06-10";
        assertEquals(List.of(s.pmId()), recipients(key), "the PM holds the PM cards of the project");
        assertTrue(body(key).contains("已逾期"), body(key));
        sql("UPDATE reminder_calendar SET working_days = '1,2,3,4,5' WHERE id = 1");
        try {
            reminders.cardDigests(shanghai("2026-06-13T07:30:00")); // a Saturday
            assertEquals(List.of(), recipients("CARD_DIGEST:" + s.pmId() + ":2026-06-13"));
        } finally {
            sql("UPDATE reminder_calendar SET working_days = '1,2,3,4,5,6' WHERE id = 1");
        }
    }

    @Test
    void shouldSendTheExecutiveDigestOncePerDay() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toLowerCase(Locale.ROOT);
        User exec = users.create(ADMIN, new NewUser("rex-" + suffix, "总经理", null, null, "en", "solarpm-pw", null, null, Set.of(Role.EXECUTIVE)));
        Instant eight = shanghai("2026-06-11T08:00:00");
        reminders.executiveDigest(eight);
        reminders.executiveDigest(eight.plusSeconds(120));
        assertTrue(recipients("EXECUTIVE_DIGEST:2026-06-10").contains(exec.getId()));
        assertEquals(1L, count("SELECT COUNT(*) FROM notification WHERE event_key = 'EXECUTIVE_DIGEST:2026-06-10' AND user_id = ?", exec.getId()));
        assertTrue(body("EXECUTIVE_DIGEST:2026-06-10", exec.getId()).contains("projects in construction"), "in the executive's language");
    }

    private String body(String eventKey) throws Exception {
        return body(eventKey, null);
    }

    private String body(String eventKey, Long userId) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT body FROM notification WHERE event_key = ?"
                     + (userId == null ? "" : " AND user_id = " + userId) + " ORDER BY id")) {
            ps.setString(1, eventKey);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "no notification " + eventKey);
                return rs.getString(1);
            }
        }
    }

    private void report(Setup s, String status) throws Exception {
        sql("INSERT INTO daily_report (project_id, report_date, status, author_id, created_at, updated_at, submitted_at)"
                + " VALUES (?, '2026-06-10', ?, ?, NOW(3), NOW(3), " + ("DRAFT".equals(status) ? "NULL" : "'2026-06-10 15:00:00'") + ")",
                s.projectId(), status, s.siteLeadId());
    }

    private List<Long> recipients(String eventKey) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT user_id FROM notification WHERE event_key = ? ORDER BY user_id")) {
            ps.setString(1, eventKey);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private long count(String sql, Object... args) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                return rs.getLong(1);
            }
        }
    }

    private void sql(String sql, Object... args) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }
}
