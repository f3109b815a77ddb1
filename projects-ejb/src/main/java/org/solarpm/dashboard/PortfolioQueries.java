package org.solarpm.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.solarpm.dailyreport.PlannedCurve;

/**
 * The dashboard's reads, one statement each, over the rollups the daily-report workflow maintains
 * ({@code project_day_rollup}; see docs/daily-report-schema.md). Every lookup per project is an index
 * seek: the day's row and the last row on or before the day by the primary key (project_id, day),
 * the next open milestone by uk_milestone_code (project_id, ...).
 */
@ApplicationScoped
public class PortfolioQueries {

    /** Stages that appear on the dashboard: from survey to grid connection. */
    static final String ACTIVE = "p.stage NOT IN ('OM', 'CLOSED', 'LOST')";

    // every per-project lookup is a scalar subquery on an index (a join on a subquery made MariaDB
    // evaluate it for every candidate row); the milestone comes back as "date|name_zh|name_en", the
    // work items' weights and planned windows as "weight start end,..." (about 300 bytes a project)
    private static final String PROJECTS = """
            SELECT p.id, p.code, p.name, p.stage, p.capacity_kwp, p.budget,
                   b.id, b.name_zh, b.name_en, u.id, u.display_name,
                   d.report_status, d.timeliness, d.counted, d.installed_kwp, d.manpower, d.open_delays,
                   (SELECT x.cumulative_kwp FROM project_day_rollup x
                     WHERE x.project_id = p.id AND x.day <= ? ORDER BY x.day DESC LIMIT 1),
                   (SELECT x.cumulative_progress_fraction FROM project_day_rollup x
                     WHERE x.project_id = p.id AND x.day <= ? ORDER BY x.day DESC LIMIT 1),
                   (SELECT COALESCE(SUM(i.incidents), 0) FROM project_day_rollup i
                     WHERE i.project_id = p.id AND i.day BETWEEN ? AND ?),
                   (SELECT CONCAT(n.planned_date, '|', n.name_zh, '|', n.name_en) FROM milestone n
                     WHERE n.project_id = p.id AND n.actual_date IS NULL AND n.planned_date >= ?
                     ORDER BY n.planned_date, n.id LIMIT 1),
                   (SELECT GROUP_CONCAT(CONCAT(w.weight, ' ', w.planned_start, ' ', w.planned_end) SEPARATOR ',')
                      FROM work_item w WHERE w.project_id = p.id)
              FROM project p
              JOIN branch b ON b.id = p.branch_id
              JOIN app_user u ON u.id = p.manager_id
              LEFT JOIN project_day_rollup d ON d.project_id = p.id AND d.day = ?
             WHERE %s AND %s""";

    /** One project as the first statement returns it. */
    public record ProjectLine(long id, String code, String name, String stage, double designKwp, BigDecimal budget,
                              long branchId, String branchZh, String branchEn, long managerId, String managerName,
                              String reportStatus, String timeliness, boolean counted, double installedTodayKwp,
                              int manpower, int openDelays, double cumulativeKwp, double cumulativeFraction, int incidents7d,
                              String milestoneZh, String milestoneEn, LocalDate milestoneDate, List<PlannedCurve.Segment> plan) {
    }

    @PersistenceContext
    EntityManager em;

    public List<ProjectLine> projects(PortfolioScope scope, LocalDate day) {
        Query q = em.createNativeQuery(PROJECTS.formatted(ACTIVE, scope.condition()));
        int i = bind(q, 1, day, day, day.minusDays(6), day, day, day);
        bind(q, i, scope.parameters().toArray());
        List<?> rows = q.getResultList();
        List<ProjectLine> result = new ArrayList<>(rows.size());
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            String[] milestone = r[20] == null ? new String[3] : r[20].toString().split("\\|", 3);
            result.add(new ProjectLine(Rows.id(r[0]), Rows.str(r[1]), Rows.str(r[2]), Rows.str(r[3]), Rows.num(r[4]),
                    Rows.decimal(r[5]), Rows.id(r[6]), Rows.str(r[7]), Rows.str(r[8]), Rows.id(r[9]), Rows.str(r[10]),
                    Rows.str(r[11]), Rows.str(r[12]), bool(r[13]), Rows.num(r[14]), Rows.integer(r[15]), Rows.integer(r[16]),
                    Rows.num(r[17]), Rows.num(r[18]), Rows.integer(r[19]), milestone[1], milestone[2], Rows.date(milestone[0]), segments(r[21])));
        }
        return result;
    }

    /** Parses "weight start end,weight start end,..." into planned segments. */
    static List<PlannedCurve.Segment> segments(Object value) {
        if (value == null || value.toString().isEmpty()) {
            return List.of();
        }
        List<PlannedCurve.Segment> result = new ArrayList<>();
        for (String item : value.toString().split(",")) {
            String[] f = item.split(" ");
            result.add(new PlannedCurve.Segment(new BigDecimal(f[0]), LocalDate.parse(f[1]), LocalDate.parse(f[2])));
        }
        return result;
    }

    /** Counted installed kWp per day between {@code from} and {@code to} over every project in scope, finished ones too. */
    public Map<LocalDate, Double> installedKwpByDay(PortfolioScope scope, LocalDate from, LocalDate to) {
        Query q = em.createNativeQuery("SELECT r.day, SUM(r.installed_kwp) FROM project_day_rollup r JOIN project p ON p.id = r.project_id"
                + " WHERE r.day BETWEEN ? AND ? AND r.counted AND " + scope.condition() + " GROUP BY r.day");
        int i = bind(q, 1, from, to);
        bind(q, i, scope.parameters().toArray());
        Map<LocalDate, Double> result = new LinkedHashMap<>();
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            result.put(Rows.date(r[0]), Rows.num(r[1]));
        }
        return result;
    }

    private static int bind(Query q, int first, Object... values) {
        int i = first;
        for (Object v : values) {
            q.setParameter(i++, v);
        }
        return i;
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : value != null && ((Number) value).intValue() != 0;
    }
}
