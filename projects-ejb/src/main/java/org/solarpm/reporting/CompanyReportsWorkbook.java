package org.solarpm.reporting;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.solarpm.identity.Actor;
import org.solarpm.identity.AuditLog;
import org.solarpm.project.ProjectAccess;
import org.solarpm.reporting.XlsxSheet.Column;
import org.solarpm.reporting.XlsxSheet.Kind;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.DatabaseMigration;
import org.solarpm.shared.DomainException;
import org.solarpm.shared.Messages;

/**
 * The daily reports of every project a reader sees over a date range, as one workbook: a row per
 * report and a row per installed quantity. A year of a large company is several hundred thousand
 * rows, so nothing is collected in memory: each sheet is one forward-only streaming JDBC query
 * (Connector/J fetch size {@code Integer.MIN_VALUE}) whose rows go straight into an SXSSF workbook,
 * which keeps only a small window of rows on the heap and the rest in temporary files.
 */
@Stateless
public class CompanyReportsWorkbook {

    private static final String REPORTS = "SELECT p.code, p.name, b.name_zh, b.name_en, d.report_date, d.status, d.timeliness, u.display_name,"
            + " d.submitted_at, d.weather_condition, d.min_temp_c, d.max_temp_c, x.manpower, x.manpower_hours, x.installed_kwp,"
            + " x.delay_hours, x.incidents, d.tomorrow_plan"
            + " FROM daily_report d JOIN project p ON p.id = d.project_id JOIN branch b ON b.id = p.branch_id"
            + " JOIN app_user u ON u.id = d.author_id"
            + " LEFT JOIN project_day_rollup x ON x.project_id = d.project_id AND x.day = d.report_date"
            + " WHERE d.report_date BETWEEN ? AND ? AND %s ORDER BY p.code, d.report_date";

    private static final String QUANTITIES = "SELECT p.code, d.report_date, w.name_zh, w.name_en, w.unit, q.quantity, w.design_quantity"
            + " FROM daily_report d JOIN project p ON p.id = d.project_id"
            + " JOIN daily_report_quantity q ON q.report_id = d.id JOIN work_item w ON w.id = q.work_item_id"
            + " WHERE d.report_date BETWEEN ? AND ? AND %s ORDER BY p.code, d.report_date, q.position";

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @Inject
    AuditLog audit;

    @Inject
    CompanyClock clock;

    /** The checked request: the range (at most {@value DailyReportsWorkbook#MAX_DAYS} days, not in the future) and the projects it covers. */
    public record Range(LocalDate from, LocalDate to, Long branchId, ProjectAccess.Scope scope) {
    }

    /** A filled, not yet written workbook and how many report and quantity rows it holds. */
    public record Filled(XlsxSheet workbook, long reports, long quantities) {
    }

    /** Checks the range (defaults: the last 30 days up to today) and records the export in the audit log. */
    public Range prepare(Actor reader, LocalDate from, LocalDate to, Long branchId) {
        LocalDate today = clock.today();
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusDays(29) : from;
        if (end.isAfter(today)) {
            throw DomainException.invalid("to", "export.dailyReports.future", today);
        }
        if (start.isAfter(end)) {
            throw DomainException.invalid("from", "export.dailyReports.fromAfterTo");
        }
        if (ChronoUnit.DAYS.between(start, end) >= DailyReportsWorkbook.MAX_DAYS) {
            throw DomainException.invalid("to", "export.dailyReports.rangeTooLong", DailyReportsWorkbook.MAX_DAYS);
        }
        audit.record(reader, AuditLog.EXPORT, "Company", branchId, "daily-reports.xlsx " + start + ".." + end
                + (branchId == null ? "" : " branch " + branchId));
        return new Range(start, end, branchId, ProjectAccess.scopeOf(reader));
    }

    /**
     * Fills a workbook from two streaming queries and returns it, unwritten: the caller writes it to
     * the response and closes it. Runs outside any transaction so that the streaming connection is
     * never shared with a persistence context (Connector/J allows no other statement on a connection
     * while a streaming result is open).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Filled fill(Range range, Locale locale) {
        XlsxSheet xlsx = new XlsxSheet(clock.zone(), false);
        try (Connection c = dataSource.getConnection()) {
            xlsx.sheet(m(locale, "sheet.reports"), List.of(col(locale, "project", Kind.TEXT, 14), col(locale, "projectName", Kind.TEXT, 28),
                    col(locale, "branch", Kind.TEXT, 12), col(locale, "date", Kind.DATE, 12), col(locale, "status", Kind.TEXT, 10),
                    col(locale, "timeliness", Kind.TEXT, 12), col(locale, "author", Kind.TEXT, 10), col(locale, "submittedAt", Kind.DATE_TIME, 17),
                    col(locale, "weather", Kind.TEXT, 10), col(locale, "minTemp", Kind.DECIMAL, 8), col(locale, "maxTemp", Kind.DECIMAL, 8),
                    col(locale, "headcount", Kind.INTEGER, 8), col(locale, "hours", Kind.DECIMAL, 10), col(locale, "installedKwp", Kind.DECIMAL, 12),
                    col(locale, "delayHours", Kind.DECIMAL, 10), col(locale, "incidents", Kind.INTEGER, 8), col(locale, "tomorrowPlan", Kind.TEXT, 40)));
            Labels labels = new Labels(locale);
            long reports = stream(c, REPORTS, range, rs -> xlsx.row(rs.getString(1), rs.getString(2), Messages.pick(locale, rs.getString(3), rs.getString(4)),
                    rs.getObject(5, LocalDate.class), labels.of("export.dailyStatus.", rs.getString(6)),
                    labels.of("export.reportStatus.", rs.getString(7)), rs.getString(8), utc(rs.getObject(9, LocalDateTime.class)),
                    labels.of("export.weather.", rs.getString(10)), rs.getBigDecimal(11), rs.getBigDecimal(12), (Integer) rs.getObject(13),
                    rs.getBigDecimal(14), rs.getBigDecimal(15), rs.getBigDecimal(16), (Integer) rs.getObject(17), rs.getString(18)));
            xlsx.sheet(m(locale, "sheet.quantities"), List.of(col(locale, "project", Kind.TEXT, 14), col(locale, "date", Kind.DATE, 12),
                    col(locale, "workItem", Kind.TEXT, 24), col(locale, "unit", Kind.TEXT, 8), col(locale, "quantity", Kind.DECIMAL, 12),
                    col(locale, "design", Kind.DECIMAL, 14)));
            long quantities = stream(c, QUANTITIES, range, rs -> xlsx.row(rs.getString(1), rs.getObject(2, LocalDate.class),
                    Messages.pick(locale, rs.getString(3), rs.getString(4)), rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7)));
            return new Filled(xlsx, reports, quantities);
        } catch (SQLException | RuntimeException e) {
            xlsx.close();
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    private interface RowHandler {
        void accept(ResultSet rs) throws SQLException;
    }

    private static long stream(Connection c, String sql, Range range, RowHandler handler) throws SQLException {
        List<Object> params = new ArrayList<>(List.of(range.from(), range.to()));
        String condition = condition(range, params);
        try (PreparedStatement ps = c.prepareStatement(String.format(sql, condition), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            ps.setFetchSize(Integer.MIN_VALUE); // Connector/J: stream row by row instead of reading the whole result
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            long rows = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.accept(rs);
                    rows++;
                }
            }
            return rows;
        }
    }

    /** Executives and administrators: every project; branch heads: their branch; everyone: the projects they are a member of. */
    static String condition(Range range, List<Object> params) {
        ProjectAccess.Scope scope = range.scope();
        String condition;
        if (scope.wholeCompany()) {
            condition = "1 = 1";
        } else {
            condition = "(EXISTS (SELECT 1 FROM project_member m WHERE m.project_id = p.id AND m.user_id = ?)"
                    + (scope.branchId() != null ? " OR p.branch_id = ?" : "") + ")";
            params.add(scope.userId());
            if (scope.branchId() != null) {
                params.add(scope.branchId());
            }
        }
        if (range.branchId() != null) {
            condition += " AND p.branch_id = ?";
            params.add(range.branchId());
        }
        return condition;
    }

    private static java.time.Instant utc(LocalDateTime t) {
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    /** Label lookups cached per workbook: a handful of distinct values over many thousands of rows. */
    private static final class Labels {
        private final Locale locale;
        private final java.util.Map<String, String> cache = new java.util.HashMap<>();

        Labels(Locale locale) {
            this.locale = locale;
        }

        String of(String prefix, String value) {
            return value == null ? null : cache.computeIfAbsent(prefix + value, k -> Messages.get(locale, k));
        }
    }

    private static Column col(Locale locale, String key, Kind kind, int width) {
        return new Column(m(locale, "col." + key), kind, width);
    }

    private static String m(Locale locale, String key) {
        return Messages.get(locale, "export.dailyReports." + key);
    }
}
