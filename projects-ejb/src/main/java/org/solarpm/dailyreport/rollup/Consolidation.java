package org.solarpm.dailyreport.rollup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.solarpm.dailyreport.DailyReport;

/**
 * Applies one report change to the rollups, in the caller's transaction: the day's row gets the
 * report's new status and figures, running totals of that day and every later day move by the
 * difference, and so do the work items' cumulative quantities and the material plan's consumed
 * quantities. The caller holds the project lock (the project row read FOR UPDATE).
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
     * @param cumulativeBefore cumulative quantity per work item up to the day before the report's day
     *        ({@link RollupStore#cumulativeBefore}); only read for work items whose quantity changes
     */
    public void apply(DailyReport report, DayFigures before, boolean isNew, WorkItemWeights weights, Map<Long, BigDecimal> cumulativeBefore) {
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
            List<?> later = sql("SELECT day FROM project_day_rollup WHERE project_id = ? AND day > ?")
                    .setParameter(1, projectId).setParameter(2, day).getResultList();
            if (!later.isEmpty()) {
                var q = sql("UPDATE project_day_rollup SET cumulative_kwp = cumulative_kwp + ?,"
                        + " cumulative_progress_fraction = cumulative_progress_fraction + ? WHERE project_id = ? AND day IN (" + marks(later.size()) + ")")
                        .setParameter(1, dKwp).setParameter(2, dProgress).setParameter(3, projectId);
                bind(q, 4, later).executeUpdate();
            }
        }
        workItems(projectId, day, before.quantities(), after.quantities(), cumulativeBefore);
        Set<Long> lines = new TreeSet<>(before.consumed().keySet());
        lines.addAll(after.consumed().keySet());
        for (long line : lines) {
            BigDecimal d = after.consumed().getOrDefault(line, BigDecimal.ZERO).subtract(before.consumed().getOrDefault(line, BigDecimal.ZERO));
            if (d.signum() != 0) {
                sql("UPDATE material_plan_line SET consumed_quantity = consumed_quantity + ? WHERE id = ?")
                        .setParameter(1, d).setParameter(2, line).executeUpdate();
            }
        }
    }

    /**
     * Moves the work items' totals and day rows by the change of this report's quantities, with a
     * fixed number of statements for all items together (plus one per item that has later days).
     */
    private void workItems(long projectId, LocalDate day, Map<Long, BigDecimal> before, Map<Long, BigDecimal> after,
                           Map<Long, BigDecimal> cumulativeBefore) {
        Map<Long, BigDecimal> delta = new TreeMap<>();
        Set<Long> all = new TreeSet<>(before.keySet());
        all.addAll(after.keySet());
        for (long item : all) {
            BigDecimal d = after.getOrDefault(item, BigDecimal.ZERO).subtract(before.getOrDefault(item, BigDecimal.ZERO));
            if (d.signum() != 0) {
                delta.put(item, d);
            }
        }
        if (delta.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>();
        delta.forEach((item, d) -> {
            params.add(item);
            params.add(projectId);
            params.add(d);
        });
        bind(sql("INSERT INTO work_item_progress (work_item_id, project_id, cumulative_quantity) VALUES "
                + rows(delta.size(), 3) + " ON DUPLICATE KEY UPDATE cumulative_quantity = cumulative_quantity + VALUES(cumulative_quantity)"),
                1, params).executeUpdate();

        List<Object> keys = new ArrayList<>(delta.keySet());
        Map<Long, List<Object>> laterDays = new TreeMap<>();
        var later = sql("SELECT work_item_id, day FROM work_item_day_progress WHERE day > ? AND work_item_id IN (" + marks(keys.size()) + ")")
                .setParameter(1, day);
        for (Object[] row : RollupStore.rows(bind(later, 2, keys).getResultList())) {
            laterDays.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add(row[1]);
        }
        laterDays.forEach((item, days) -> {
            var q = sql("UPDATE work_item_day_progress SET cumulative_quantity = cumulative_quantity + ?"
                    + " WHERE work_item_id = ? AND day IN (" + marks(days.size()) + ")").setParameter(1, delta.get(item)).setParameter(2, item);
            bind(q, 3, days).executeUpdate();
        });

        List<Object> inserts = new ArrayList<>();
        List<Object> deletes = new ArrayList<>();
        delta.forEach((item, d) -> {
            BigDecimal was = before.getOrDefault(item, BigDecimal.ZERO);
            BigDecimal now = after.getOrDefault(item, BigDecimal.ZERO);
            if (was.signum() == 0) {
                inserts.addAll(List.of(item, day, projectId, now, cumulativeBefore.getOrDefault(item, BigDecimal.ZERO).add(now)));
            } else if (now.signum() == 0) {
                deletes.add(item);
            } else {
                sql("UPDATE work_item_day_progress SET quantity = ?, cumulative_quantity = cumulative_quantity + ?"
                        + " WHERE work_item_id = ? AND day = ?").setParameter(1, now).setParameter(2, d)
                        .setParameter(3, item).setParameter(4, day).executeUpdate();
            }
        });
        if (!inserts.isEmpty()) {
            bind(sql("INSERT INTO work_item_day_progress (work_item_id, day, project_id, quantity, cumulative_quantity) VALUES "
                    + rows(inserts.size() / 5, 5)), 1, inserts).executeUpdate();
        }
        if (!deletes.isEmpty()) {
            bind(sql("DELETE FROM work_item_day_progress WHERE day = ? AND work_item_id IN (" + marks(deletes.size()) + ")")
                    .setParameter(1, day), 2, deletes).executeUpdate();
        }
    }

    /** A native statement that does not flush the persistence context first (the caller flushed once before consolidating). */
    private jakarta.persistence.Query sql(String sql) {
        return em.createNativeQuery(sql).setFlushMode(FlushModeType.COMMIT);
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static String rows(int n, int columns) {
        return String.join(", ", java.util.Collections.nCopies(n, "(" + marks(columns) + ")"));
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query q, int first, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            q.setParameter(first + i, values.get(i));
        }
        return q;
    }

    private void insertDay(DailyReport r, DayFigures f) {
        List<Object[]> prior = RollupStore.rows(sql("SELECT cumulative_kwp, cumulative_progress_fraction FROM project_day_rollup"
                + " WHERE project_id = ? AND day < ? ORDER BY day DESC LIMIT 1")
                .setParameter(1, r.getProjectId()).setParameter(2, r.getReportDate()).getResultList());
        BigDecimal kwp = prior.isEmpty() ? BigDecimal.ZERO : (BigDecimal) prior.get(0)[0];
        BigDecimal progress = prior.isEmpty() ? BigDecimal.ZERO : (BigDecimal) prior.get(0)[1];
        RollupRow row = RollupRow.of(r, f, kwp.add(f.installedKwp()), progress.add(f.progressFraction()));
        row.insert(em);
    }

    private void updateDay(DailyReport r, DayFigures f, BigDecimal dKwp, BigDecimal dProgress) {
        sql("UPDATE project_day_rollup SET report_id = ?, report_status = ?, timeliness = ?, submitted_at = ?, counted = ?,"
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
}
