package org.solarpm.dailyreport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.solarpm.project.ProjectAccess;

/** Daily reports, their photos and review history; the report list and the review queue read the rollups. */
@ApplicationScoped
public class DailyReportRepository {

    /** One line of a project's report list (from {@code project_day_rollup}). */
    public record ListItem(LocalDate date, String status, String timeliness, BigDecimal installedKwp, int headcount,
                           BigDecimal delayHours, int incidents, long authorId, String authorName) {
    }

    /** One submitted report waiting for review. */
    public record QueueItem(long projectId, String projectCode, String projectName, LocalDate date, String status, String timeliness,
                            long authorId, String authorName, Instant submittedAt) {
    }

    public record Page<T>(List<T> items, long total) {
    }

    @PersistenceContext
    EntityManager em;

    public void add(DailyReport report) {
        em.persist(report);
    }

    public Optional<DailyReport> byDay(long projectId, LocalDate day) {
        return em.createNamedQuery(DailyReport.BY_DAY, DailyReport.class).setParameter("projectId", projectId).setParameter("date", day)
                .getResultList().stream().findFirst();
    }

    public Optional<DailyReport> latestBefore(long projectId, LocalDate day) {
        return em.createNamedQuery(DailyReport.LATEST_BEFORE, DailyReport.class).setParameter("projectId", projectId)
                .setParameter("date", day).setMaxResults(1).getResultList().stream().findFirst();
    }

    public Optional<DailyReport> find(long id) {
        return Optional.ofNullable(em.find(DailyReport.class, id));
    }

    public void addRevision(ReportRevision revision) {
        em.persist(revision);
    }

    public List<ReportRevision> revisionsOf(long reportId) {
        return em.createNamedQuery(ReportRevision.OF_REPORT, ReportRevision.class).setParameter("reportId", reportId).getResultList();
    }

    public void addPhoto(ReportPhoto photo) {
        em.persist(photo);
    }

    public Optional<ReportPhoto> photo(long id) {
        return Optional.ofNullable(em.find(ReportPhoto.class, id));
    }

    public void removePhoto(ReportPhoto photo) {
        em.remove(photo);
    }

    public List<ReportPhoto> photosOf(long reportId) {
        return em.createNamedQuery(ReportPhoto.OF_REPORT, ReportPhoto.class).setParameter("reportId", reportId).getResultList();
    }

    public String userName(long userId) {
        List<?> names = em.createNativeQuery("SELECT display_name FROM app_user WHERE id = ?").setParameter(1, userId).getResultList();
        return names.isEmpty() ? null : (String) names.get(0);
    }

    /** The project's reports between two days (inclusive), newest first, with their rolled-up figures. */
    public List<ListItem> list(long projectId, LocalDate from, LocalDate to) {
        List<ListItem> items = new ArrayList<>();
        for (Object[] r : rows(em.createNativeQuery("SELECT x.day, x.report_status, x.timeliness, x.installed_kwp, x.manpower, x.delay_hours,"
                + " x.incidents, d.author_id, u.display_name FROM project_day_rollup x JOIN daily_report d ON d.id = x.report_id"
                + " JOIN app_user u ON u.id = d.author_id WHERE x.project_id = ? AND x.day BETWEEN ? AND ? ORDER BY x.day DESC")
                .setParameter(1, projectId).setParameter(2, from).setParameter(3, to).getResultList())) {
            items.add(new ListItem(date(r[0]), (String) r[1], (String) r[2], (BigDecimal) r[3], ((Number) r[4]).intValue(),
                    (BigDecimal) r[5], ((Number) r[6]).intValue(), ((Number) r[7]).longValue(), (String) r[8]));
        }
        return items;
    }

    /**
     * Submitted reports waiting for review, oldest submission first: of the projects the user is PM of,
     * of the branch for a branch head, of every project for executives and administrators.
     */
    public Page<QueueItem> reviewQueue(ProjectAccess.Scope scope, int page, int size) {
        String where = " WHERE d.status = 'SUBMITTED'" + (scope.wholeCompany() ? ""
                : " AND (EXISTS (SELECT 1 FROM project_member m WHERE m.project_id = p.id AND m.user_id = ?1 AND m.role = 'PM')"
                + (scope.branchId() != null ? " OR p.branch_id = ?2" : "") + ")");
        var q = em.createNativeQuery("SELECT p.id, p.code, p.name, d.report_date, d.status, d.timeliness, d.author_id, u.display_name,"
                + " d.submitted_at FROM daily_report d JOIN project p ON p.id = d.project_id JOIN app_user u ON u.id = d.author_id"
                + where + " ORDER BY d.submitted_at, d.id");
        var count = em.createNativeQuery("SELECT COUNT(*) FROM daily_report d JOIN project p ON p.id = d.project_id" + where);
        if (!scope.wholeCompany()) {
            q.setParameter(1, scope.userId());
            count.setParameter(1, scope.userId());
            if (scope.branchId() != null) {
                q.setParameter(2, scope.branchId());
                count.setParameter(2, scope.branchId());
            }
        }
        List<QueueItem> items = new ArrayList<>();
        for (Object[] r : rows(q.setFirstResult(page * size).setMaxResults(size).getResultList())) {
            items.add(new QueueItem(((Number) r[0]).longValue(), (String) r[1], (String) r[2], date(r[3]), (String) r[4], (String) r[5],
                    ((Number) r[6]).longValue(), (String) r[7], instant(r[8])));
        }
        return new Page<>(items, ((Number) count.getSingleResult()).longValue());
    }

    /** DATETIME(3) columns hold UTC; the driver hands them over as LocalDateTime or Timestamp. */
    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        return (o instanceof java.time.LocalDateTime t ? t : ((Timestamp) o).toLocalDateTime()).toInstant(ZoneOffset.UTC);
    }

    private static LocalDate date(Object o) {
        return o instanceof LocalDate d ? d : ((java.sql.Date) o).toLocalDate();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> raw) {
        return (List<Object[]>) raw;
    }
}
