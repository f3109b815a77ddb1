package org.solarpm.dailyreport.rollup;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The rollups of a project computed from scratch out of the raw report rows, with SQL aggregates
 * over the child tables (independent of the incremental path in {@link Consolidation}). Used to
 * rebuild a project's rollups after bulk loading and to prove the incremental rollups right.
 */
@jakarta.enterprise.context.ApplicationScoped
@Transactional
public class RollupRecomputation {

    /** Everything the rollups hold for one project. */
    public record Expected(List<RollupRow> days, Map<Long, BigDecimal> workItems, Map<Long, Map<LocalDate, BigDecimal[]>> workItemDays,
                           Map<Long, BigDecimal> consumed) {
    }

    private record Header(long id, LocalDate day, String status, String timeliness, LocalDateTime submittedAt, int nearMisses) {
        boolean counted() {
            return !"DRAFT".equals(status);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    RollupStore store;

    /** Replaces every rollup of the project (and its consumed quantities) with the recomputation. */
    public void rebuild(long projectId) {
        store.lockProject(projectId);
        Expected e = compute(projectId);
        em.createNativeQuery("DELETE FROM project_day_rollup WHERE project_id = ?").setParameter(1, projectId).executeUpdate();
        em.createNativeQuery("DELETE FROM work_item_progress WHERE project_id = ?").setParameter(1, projectId).executeUpdate();
        em.createNativeQuery("DELETE FROM work_item_day_progress WHERE project_id = ?").setParameter(1, projectId).executeUpdate();
        e.days().forEach(r -> r.insert(em));
        e.workItems().forEach((item, q) -> em.createNativeQuery(
                "INSERT INTO work_item_progress (work_item_id, project_id, cumulative_quantity) VALUES (?, ?, ?)")
                .setParameter(1, item).setParameter(2, projectId).setParameter(3, q).executeUpdate());
        e.workItemDays().forEach((item, days) -> days.forEach((day, v) -> em.createNativeQuery(
                "INSERT INTO work_item_day_progress (work_item_id, day, project_id, quantity, cumulative_quantity) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, item).setParameter(2, day).setParameter(3, projectId).setParameter(4, v[0]).setParameter(5, v[1])
                .executeUpdate()));
        em.createNativeQuery("UPDATE material_plan_line SET consumed_quantity = 0 WHERE project_id = ?").setParameter(1, projectId).executeUpdate();
        e.consumed().forEach((line, q) -> em.createNativeQuery("UPDATE material_plan_line SET consumed_quantity = ? WHERE id = ?")
                .setParameter(1, q).setParameter(2, line).executeUpdate());
    }

    /** Human-readable differences between the stored rollups and the recomputation; empty when they agree. */
    public List<String> differences(long projectId) {
        Expected e = compute(projectId);
        List<String> diffs = new ArrayList<>();
        Map<LocalDate, RollupRow> stored = new TreeMap<>();
        stored(projectId).forEach(r -> stored.put(r.day(), r));
        for (RollupRow want : e.days()) {
            RollupRow have = stored.remove(want.day());
            if (!same(want, have)) {
                diffs.add("project_day_rollup " + want.day() + ": expected " + want + " but was " + have);
            }
        }
        stored.values().forEach(r -> diffs.add("project_day_rollup " + r.day() + ": unexpected row " + r));
        Map<Long, BigDecimal> items = new HashMap<>();
        for (Object[] row : RollupStore.rows(em.createNativeQuery("SELECT work_item_id, cumulative_quantity FROM work_item_progress"
                + " WHERE project_id = ?").setParameter(1, projectId).getResultList())) {
            items.put(((Number) row[0]).longValue(), (BigDecimal) row[1]);
        }
        compare("work_item_progress", e.workItems(), items, diffs);
        Map<String, BigDecimal> wantDays = new TreeMap<>();
        e.workItemDays().forEach((item, days) -> days.forEach((day, v) -> {
            wantDays.put(item + "@" + day + " quantity", v[0]);
            wantDays.put(item + "@" + day + " cumulative", v[1]);
        }));
        Map<String, BigDecimal> haveDays = new TreeMap<>();
        for (Object[] row : RollupStore.rows(em.createNativeQuery("SELECT work_item_id, day, quantity, cumulative_quantity"
                + " FROM work_item_day_progress WHERE project_id = ?").setParameter(1, projectId).getResultList())) {
            String key = ((Number) row[0]).longValue() + "@" + toDate(row[1]);
            haveDays.put(key + " quantity", (BigDecimal) row[2]);
            haveDays.put(key + " cumulative", (BigDecimal) row[3]);
        }
        compare("work_item_day_progress", wantDays, haveDays, diffs);
        Map<Long, BigDecimal> consumed = new HashMap<>();
        for (Object[] row : RollupStore.rows(em.createNativeQuery("SELECT id, consumed_quantity FROM material_plan_line WHERE project_id = ?")
                .setParameter(1, projectId).getResultList())) {
            consumed.put(((Number) row[0]).longValue(), (BigDecimal) row[1]);
        }
        compare("material_plan_line.consumed_quantity", e.consumed(), consumed, diffs);
        return diffs;
    }

    /** The recomputation of one project's rollups from its raw reports. */
    public Expected compute(long projectId) {
        WorkItemWeights weights = store.weightsOf(projectId);
        List<Header> headers = headers(projectId);
        Map<Long, Map<Long, BigDecimal>> quantities = quantities(projectId);
        Map<Long, Object[]> manpower = byReport("SELECT m.report_id, SUM(m.headcount), SUM(m.hours) FROM daily_report_manpower m"
                + " JOIN daily_report r ON r.id = m.report_id WHERE r.project_id = ? GROUP BY m.report_id", projectId);
        Map<Long, Object[]> delays = byReport("SELECT d.report_id, COUNT(*), SUM(d.hours_lost) FROM daily_report_delay d"
                + " JOIN daily_report r ON r.id = d.report_id WHERE r.project_id = ? GROUP BY d.report_id", projectId);
        Map<Long, Object[]> incidents = byReport("SELECT i.report_id, COUNT(*), SUM(CASE WHEN i.severity IN ('SERIOUS', 'FATAL') THEN 1 ELSE 0 END)"
                + " FROM daily_report_incident i JOIN daily_report r ON r.id = i.report_id WHERE r.project_id = ? GROUP BY i.report_id", projectId);
        Map<Long, Object[]> quality = byReport("SELECT q.report_id, SUM(CASE WHEN q.resolved THEN 0 ELSE 1 END) FROM daily_report_quality_issue q"
                + " JOIN daily_report r ON r.id = q.report_id WHERE r.project_id = ? GROUP BY q.report_id", projectId);
        List<RollupRow> days = new ArrayList<>();
        BigDecimal cumKwp = BigDecimal.ZERO.setScale(3);
        BigDecimal cumProgress = BigDecimal.ZERO.setScale(8);
        Map<Long, BigDecimal> items = new TreeMap<>();
        Map<Long, Map<LocalDate, BigDecimal[]>> itemDays = new TreeMap<>();
        for (Header h : headers) {
            Map<Long, BigDecimal> q = h.counted() ? quantities.getOrDefault(h.id(), Map.of()) : Map.of();
            BigDecimal kwp = weights.kwp(q);
            BigDecimal progress = weights.progressFraction(q);
            cumKwp = cumKwp.add(kwp);
            cumProgress = cumProgress.add(progress);
            Object[] m = h.counted() ? manpower.get(h.id()) : null;
            Object[] d = h.counted() ? delays.get(h.id()) : null;
            Object[] i = h.counted() ? incidents.get(h.id()) : null;
            Object[] qi = h.counted() ? quality.get(h.id()) : null;
            days.add(new RollupRow(projectId, h.day(), h.id(), h.status(), h.timeliness(), h.submittedAt(), h.counted(), kwp, cumKwp,
                    progress, cumProgress, m == null ? 0 : num(m[1]), m == null ? BigDecimal.ZERO : dec(m[2]),
                    d == null ? BigDecimal.ZERO : dec(d[2]), d == null ? 0 : num(d[1]), i == null ? 0 : num(i[1]), i == null ? 0 : num(i[2]),
                    h.counted() ? h.nearMisses() : 0, qi == null ? 0 : num(qi[1])));
            for (var e : q.entrySet()) {
                BigDecimal total = items.merge(e.getKey(), e.getValue(), BigDecimal::add);
                itemDays.computeIfAbsent(e.getKey(), k -> new TreeMap<>()).put(h.day(), new BigDecimal[] {e.getValue(), total});
            }
        }
        Map<Long, BigDecimal> consumed = new HashMap<>();
        for (Object[] row : RollupStore.rows(em.createNativeQuery("SELECT l.id, COALESCE(SUM(CASE WHEN r.status <> 'DRAFT' THEN c.quantity END), 0)"
                + " FROM material_plan_line l LEFT JOIN daily_report_material_consumed c ON c.material_plan_line_id = l.id"
                + " LEFT JOIN daily_report r ON r.id = c.report_id WHERE l.project_id = ? GROUP BY l.id")
                .setParameter(1, projectId).getResultList())) {
            consumed.put(((Number) row[0]).longValue(), dec(row[1]));
        }
        return new Expected(days, items, itemDays, consumed);
    }

    private List<Header> headers(long projectId) {
        List<Header> result = new ArrayList<>();
        for (Object[] row : RollupStore.rows(em.createNativeQuery("SELECT id, report_date, status, timeliness, submitted_at, near_misses"
                + " FROM daily_report WHERE project_id = ? ORDER BY report_date").setParameter(1, projectId).getResultList())) {
            result.add(new Header(((Number) row[0]).longValue(), toDate(row[1]), (String) row[2], (String) row[3], toDateTime(row[4]),
                    num(row[5])));
        }
        return result;
    }

    private Map<Long, Map<Long, BigDecimal>> quantities(long projectId) {
        Map<Long, Map<Long, BigDecimal>> result = new HashMap<>();
        for (Object[] row : RollupStore.rows(em.createNativeQuery("SELECT q.report_id, q.work_item_id, SUM(q.quantity)"
                + " FROM daily_report_quantity q JOIN daily_report r ON r.id = q.report_id WHERE r.project_id = ?"
                + " GROUP BY q.report_id, q.work_item_id HAVING SUM(q.quantity) <> 0").setParameter(1, projectId).getResultList())) {
            result.computeIfAbsent(((Number) row[0]).longValue(), k -> new TreeMap<>()).put(((Number) row[1]).longValue(), dec(row[2]));
        }
        return result;
    }

    private Map<Long, Object[]> byReport(String sql, long projectId) {
        Map<Long, Object[]> result = new HashMap<>();
        for (Object[] row : RollupStore.rows(em.createNativeQuery(sql).setParameter(1, projectId).getResultList())) {
            result.put(((Number) row[0]).longValue(), row);
        }
        return result;
    }

    private List<RollupRow> stored(long projectId) {
        List<RollupRow> result = new ArrayList<>();
        for (Object[] r : RollupStore.rows(em.createNativeQuery("SELECT project_id, day, report_id, report_status, timeliness, submitted_at,"
                + " counted, installed_kwp, cumulative_kwp, progress_fraction, cumulative_progress_fraction, manpower, manpower_hours,"
                + " delay_hours, open_delays, incidents, serious_incidents, near_misses, open_quality_issues"
                + " FROM project_day_rollup WHERE project_id = ?").setParameter(1, projectId).getResultList())) {
            result.add(new RollupRow(((Number) r[0]).longValue(), toDate(r[1]), ((Number) r[2]).longValue(), (String) r[3], (String) r[4],
                    toDateTime(r[5]), bool(r[6]), dec(r[7]), dec(r[8]), dec(r[9]), dec(r[10]), num(r[11]), dec(r[12]), dec(r[13]),
                    num(r[14]), num(r[15]), num(r[16]), num(r[17]), num(r[18])));
        }
        return result;
    }

    private static boolean same(RollupRow a, RollupRow b) {
        return b != null && a.reportId() == b.reportId() && a.status().equals(b.status()) && Objects.equals(a.timeliness(), b.timeliness())
                && Objects.equals(a.submittedAt(), b.submittedAt()) && a.counted() == b.counted()
                && eq(a.installedKwp(), b.installedKwp()) && eq(a.cumulativeKwp(), b.cumulativeKwp())
                && eq(a.progressFraction(), b.progressFraction()) && eq(a.cumulativeProgressFraction(), b.cumulativeProgressFraction())
                && a.manpower() == b.manpower() && eq(a.manpowerHours(), b.manpowerHours()) && eq(a.delayHours(), b.delayHours())
                && a.openDelays() == b.openDelays() && a.incidents() == b.incidents() && a.seriousIncidents() == b.seriousIncidents()
                && a.nearMisses() == b.nearMisses() && a.openQualityIssues() == b.openQualityIssues();
    }

    private static <K> void compare(String what, Map<K, BigDecimal> want, Map<K, BigDecimal> have, List<String> diffs) {
        var keys = new java.util.TreeSet<String>();
        want.keySet().forEach(k -> keys.add(String.valueOf(k)));
        have.keySet().forEach(k -> keys.add(String.valueOf(k)));
        Map<String, BigDecimal> w = new HashMap<>();
        want.forEach((k, v) -> w.put(String.valueOf(k), v));
        Map<String, BigDecimal> h = new HashMap<>();
        have.forEach((k, v) -> h.put(String.valueOf(k), v));
        for (String k : keys) {
            if (!eq(w.getOrDefault(k, BigDecimal.ZERO), h.getOrDefault(k, BigDecimal.ZERO))) {
                diffs.add(what + " " + k + ": expected " + w.get(k) + " but was " + h.get(k));
            }
        }
    }

    private static boolean eq(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }

    private static int num(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }

    private static BigDecimal dec(Object o) {
        return o == null ? BigDecimal.ZERO : o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }

    private static boolean bool(Object o) {
        return o instanceof Boolean b ? b : ((Number) o).intValue() != 0;
    }

    private static LocalDate toDate(Object o) {
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }

    private static LocalDateTime toDateTime(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof LocalDateTime t ? t : ((java.sql.Timestamp) o).toLocalDateTime();
    }
}
