package org.solarpm.dailyreport.rollup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.solarpm.dailyreport.DailyReport;

/**
 * Applies one report change to the rollups, in the caller's transaction: the day's row gets the
 * report's new status and figures, running totals of that day and every later day move by the
 * difference, and so do the work items' cumulative quantities and the material plan's consumed
 * quantities. The caller holds the project lock ({@link RollupStore#lockProject}).
 * <p>
 * Every write names exact keys (later days are read first, then updated by primary key): a range
 * predicate would take InnoDB gap locks reaching into the neighbouring project's rows, and
 * concurrent submissions of different projects then deadlock (seen with 16 clients).
 */
@ApplicationScoped
public class Consolidation {

    @PersistenceContext
    EntityManager em;

    /**
     * @param report the report after the change (its figures are computed from it)
     * @param before the report's figures before the change ({@link DayFigures#ZERO} for a new report)
     * @param isNew whether the report has no rollup row yet
     */
    public void apply(DailyReport report, DayFigures before, boolean isNew, WorkItemWeights weights) {
        DayFigures after = DayFigures.of(report, weights);
        long projectId = report.getProjectId();
        LocalDate day = report.getReportDate();
        BigDecimal dKwp = after.installedKwp().subtract(before.installedKwp());
        BigDecimal dProgress = after.progressFraction().subtract(before.progressFraction());
        if (isNew) {
            insertDay(report, after);
        } else {
            updateDay(report, after, dKwp, dProgress);
        }
        if (dKwp.signum() != 0 || dProgress.signum() != 0) {
            List<?> later = em.createNativeQuery("SELECT day FROM project_day_rollup WHERE project_id = ? AND day > ?")
                    .setParameter(1, projectId).setParameter(2, day).getResultList();
            if (!later.isEmpty()) {
                var q = em.createNativeQuery("UPDATE project_day_rollup SET cumulative_kwp = cumulative_kwp + ?,"
                        + " cumulative_progress_fraction = cumulative_progress_fraction + ? WHERE project_id = ? AND day IN (" + marks(later) + ")")
                        .setParameter(1, dKwp).setParameter(2, dProgress).setParameter(3, projectId);
                bind(q, 4, later).executeUpdate();
            }
        }
        Set<Long> items = new TreeSet<>(before.quantities().keySet());
        items.addAll(after.quantities().keySet());
        for (long item : items) {
            workItem(projectId, item, day, before.quantity(item), after.quantity(item));
        }
        Set<Long> lines = new TreeSet<>(before.consumed().keySet());
        lines.addAll(after.consumed().keySet());
        for (long line : lines) {
            BigDecimal d = after.consumed().getOrDefault(line, BigDecimal.ZERO).subtract(before.consumed().getOrDefault(line, BigDecimal.ZERO));
            if (d.signum() != 0) {
                em.createNativeQuery("UPDATE material_plan_line SET consumed_quantity = consumed_quantity + ? WHERE id = ?")
                        .setParameter(1, d).setParameter(2, line).executeUpdate();
            }
        }
    }

    private static String marks(List<?> values) {
        return String.join(", ", java.util.Collections.nCopies(values.size(), "?"));
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query q, int first, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            q.setParameter(first + i, values.get(i));
        }
        return q;
    }

    private void insertDay(DailyReport r, DayFigures f) {
        List<Object[]> prior = RollupStore.rows(em.createNativeQuery("SELECT cumulative_kwp, cumulative_progress_fraction FROM project_day_rollup"
                + " WHERE project_id = ? AND day < ? ORDER BY day DESC LIMIT 1")
                .setParameter(1, r.getProjectId()).setParameter(2, r.getReportDate()).getResultList());
        BigDecimal kwp = prior.isEmpty() ? BigDecimal.ZERO : (BigDecimal) prior.get(0)[0];
        BigDecimal progress = prior.isEmpty() ? BigDecimal.ZERO : (BigDecimal) prior.get(0)[1];
        RollupRow row = RollupRow.of(r, f, kwp.add(f.installedKwp()), progress.add(f.progressFraction()));
        row.insert(em);
    }

    private void updateDay(DailyReport r, DayFigures f, BigDecimal dKwp, BigDecimal dProgress) {
        em.createNativeQuery("UPDATE project_day_rollup SET report_id = ?, report_status = ?, timeliness = ?, submitted_at = ?, counted = ?,"
                + " installed_kwp = ?, progress_fraction = ?, manpower = ?, manpower_hours = ?, delay_hours = ?, open_delays = ?,"
                + " incidents = ?, serious_incidents = ?, near_misses = ?, open_quality_issues = ?,"
                + " cumulative_kwp = cumulative_kwp + ?, cumulative_progress_fraction = cumulative_progress_fraction + ?"
                + " WHERE project_id = ? AND day = ?")
                .setParameter(1, r.getId()).setParameter(2, r.getStatus().name())
                .setParameter(3, r.getTimeliness() == null ? null : r.getTimeliness().name())
                .setParameter(4, RollupRow.utc(r.getSubmittedAt())).setParameter(5, r.counted())
                .setParameter(6, f.installedKwp()).setParameter(7, f.progressFraction()).setParameter(8, f.manpower())
                .setParameter(9, f.manpowerHours()).setParameter(10, f.delayHours()).setParameter(11, f.openDelays())
                .setParameter(12, f.incidents()).setParameter(13, f.seriousIncidents()).setParameter(14, f.nearMisses())
                .setParameter(15, f.openQualityIssues()).setParameter(16, dKwp).setParameter(17, dProgress)
                .setParameter(18, r.getProjectId()).setParameter(19, r.getReportDate()).executeUpdate();
    }

    private void workItem(long projectId, long item, LocalDate day, BigDecimal before, BigDecimal after) {
        BigDecimal d = after.subtract(before);
        if (d.signum() == 0) {
            return;
        }
        em.createNativeQuery("INSERT INTO work_item_progress (work_item_id, project_id, cumulative_quantity) VALUES (?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE cumulative_quantity = cumulative_quantity + ?")
                .setParameter(1, item).setParameter(2, projectId).setParameter(3, d).setParameter(4, d).executeUpdate();
        List<?> later = em.createNativeQuery("SELECT day FROM work_item_day_progress WHERE work_item_id = ? AND day > ?")
                .setParameter(1, item).setParameter(2, day).getResultList();
        if (!later.isEmpty()) {
            var q = em.createNativeQuery("UPDATE work_item_day_progress SET cumulative_quantity = cumulative_quantity + ?"
                    + " WHERE work_item_id = ? AND day IN (" + marks(later) + ")").setParameter(1, d).setParameter(2, item);
            bind(q, 3, later).executeUpdate();
        }
        if (before.signum() == 0) {
            List<?> prior = em.createNativeQuery("SELECT cumulative_quantity FROM work_item_day_progress WHERE work_item_id = ? AND day < ?"
                    + " ORDER BY day DESC LIMIT 1").setParameter(1, item).setParameter(2, day).getResultList();
            BigDecimal base = prior.isEmpty() ? BigDecimal.ZERO : (BigDecimal) prior.get(0);
            em.createNativeQuery("INSERT INTO work_item_day_progress (work_item_id, day, project_id, quantity, cumulative_quantity)"
                    + " VALUES (?, ?, ?, ?, ?)").setParameter(1, item).setParameter(2, day).setParameter(3, projectId)
                    .setParameter(4, after).setParameter(5, base.add(after)).executeUpdate();
        } else if (after.signum() == 0) {
            em.createNativeQuery("DELETE FROM work_item_day_progress WHERE work_item_id = ? AND day = ?")
                    .setParameter(1, item).setParameter(2, day).executeUpdate();
        } else {
            em.createNativeQuery("UPDATE work_item_day_progress SET quantity = ?, cumulative_quantity = cumulative_quantity + ?"
                    + " WHERE work_item_id = ? AND day = ?").setParameter(1, after).setParameter(2, d)
                    .setParameter(3, item).setParameter(4, day).executeUpdate();
        }
    }
}
