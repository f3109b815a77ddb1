package org.solarpm.dashboard;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
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
    // evaluate it for every candidate row); the cumulative figures come back as "kwp fraction", the
    // milestone as "date|name_zh|name_en"; the planned work-item windows come from PlannedSegments
    private static final String PROJECTS = """
            SELECT p.id, p.code, p.name, p.stage, p.capacity_kwp, p.budget,
                   b.id, b.name_zh, b.name_en, u.id, u.display_name,
                   d.report_status, d.timeliness, d.counted, d.installed_kwp, d.manpower, d.open_delays,
                   (SELECT CONCAT(x.cumulative_kwp, ' ', x.cumulative_progress_fraction) FROM project_day_rollup x
                     WHERE x.project_id = p.id AND x.day <= ? ORDER BY x.day DESC LIMIT 1),
                   (SELECT COALESCE(SUM(i.incidents), 0) FROM project_day_rollup i
                     WHERE i.project_id = p.id AND i.day BETWEEN ? AND ?),
                   (SELECT CONCAT(n.planned_date, '|', n.name_zh, '|', n.name_en) FROM milestone n
                     WHERE n.project_id = p.id AND n.actual_date IS NULL AND n.planned_date >= ?
                     ORDER BY n.planned_date, n.id LIMIT 1),
                   (SELECT COALESCE(SUM(o.total_amount), 0) FROM purchase_order o
                     WHERE o.project_id = p.id AND o.status IN ('APPROVED', 'ORDERED', 'PARTIALLY_RECEIVED', 'RECEIVED')),
                   (SELECT COUNT(*) FROM purchase_order o JOIN purchase_order_line l ON l.order_id = o.id
                     WHERE o.project_id = p.id AND o.status NOT IN ('DRAFT', 'REJECTED') AND l.verdict = 'HIGH')
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
                              String milestoneZh, String milestoneEn, LocalDate milestoneDate, List<PlannedCurve.Segment> plan,
                              BigDecimal committedCost, int priceFlags) {
    }

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/solarpm")
    DataSource dataSource;

    @Inject
    PlannedSegments planned;

    /** The projects in scope with their figures of the day: one statement over plain JDBC (hundreds of rows). */
    public List<ProjectLine> projects(PortfolioScope scope, LocalDate day) {
        List<Object[]> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(PROJECTS.formatted(ACTIVE, scope.condition()))) {
            List<Object> params = new ArrayList<>(List.of(day, day.minusDays(6), day, day, day));
            params.addAll(scope.parameters());
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] r = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        r[i] = rs.getObject(i + 1);
                    }
                    rows.add(r);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the portfolio of " + day, e);
        }
        Map<Long, List<PlannedCurve.Segment>> plans = planned.of(rows.stream().map(r -> Rows.id(r[0])).toList());
        List<ProjectLine> result = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            String[] milestone = r[19] == null ? new String[3] : r[19].toString().split("\\|", 3);
            String[] cumulative = r[17] == null ? new String[] {"0", "0"} : r[17].toString().split(" ", 2);
            long id = Rows.id(r[0]);
            result.add(new ProjectLine(id, Rows.str(r[1]), Rows.str(r[2]), Rows.str(r[3]), Rows.num(r[4]),
                    Rows.decimal(r[5]), Rows.id(r[6]), Rows.str(r[7]), Rows.str(r[8]), Rows.id(r[9]), Rows.str(r[10]),
                    Rows.str(r[11]), Rows.str(r[12]), bool(r[13]), Rows.num(r[14]), Rows.integer(r[15]), Rows.integer(r[16]),
                    Double.parseDouble(cumulative[0]), Double.parseDouble(cumulative[1]), Rows.integer(r[18]), milestone[1], milestone[2],
                    Rows.date(milestone[0]), plans.getOrDefault(id, List.of()), Rows.decimal(r[20]), Rows.integer(r[21])));
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
