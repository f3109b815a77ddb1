package org.solarpm.reporting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.solarpm.dashboard.Portfolio;
import org.solarpm.dashboard.PortfolioProject;
import org.solarpm.dashboard.PortfolioService;
import org.solarpm.identity.Actor;
import org.solarpm.identity.AuditLog;
import org.solarpm.reporting.XlsxSheet.Column;
import org.solarpm.reporting.XlsxSheet.Kind;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.Messages;

/** The portfolio dashboard of a day as a workbook: projects exceptions-first, then rollups by branch and by manager. */
@Stateless
public class PortfolioWorkbook {

    @Inject
    PortfolioService portfolios;

    @Inject
    AuditLog audit;

    @Inject
    CompanyClock clock;

    /** Loads the caller's portfolio (checks role, scope and date) and records the export. */
    public Portfolio prepare(Actor reader, LocalDate date, Long branchId) {
        Portfolio portfolio = portfolios.portfolio(reader, date, branchId);
        audit.record(reader, AuditLog.EXPORT, "Portfolio", branchId, "portfolio.xlsx " + portfolio.date());
        return portfolio;
    }

    public void write(Portfolio portfolio, Locale locale, OutputStream out) {
        try (XlsxSheet xlsx = new XlsxSheet(clock.zone())) {
            xlsx.sheet(m(locale, "sheet.projects"), List.of(
                    col(locale, "code", Kind.TEXT, 14), col(locale, "name", Kind.TEXT, 34), col(locale, "branch", Kind.TEXT, 14),
                    col(locale, "manager", Kind.TEXT, 10), col(locale, "stage", Kind.TEXT, 14), col(locale, "reportStatus", Kind.TEXT, 12),
                    col(locale, "installedToday", Kind.DECIMAL, 12), col(locale, "cumulative", Kind.DECIMAL, 14),
                    col(locale, "design", Kind.DECIMAL, 14), col(locale, "percent", Kind.PERCENT, 10),
                    col(locale, "variance", Kind.INTEGER, 10), col(locale, "manpower", Kind.INTEGER, 10),
                    col(locale, "openDelays", Kind.INTEGER, 10), col(locale, "incidents", Kind.INTEGER, 10),
                    col(locale, "nextMilestone", Kind.TEXT, 20), col(locale, "nextMilestoneDate", Kind.DATE, 12),
                    col(locale, "committed", Kind.MONEY, 16), col(locale, "budget", Kind.MONEY, 16), col(locale, "attention", Kind.TEXT, 30)));
            for (PortfolioProject p : portfolio.projects()) {
                xlsx.row(p.code(), p.name(), p.branch() == null ? null : p.branch().name(), p.manager() == null ? null : p.manager().name(),
                        p.stage(), Messages.get(locale, "export.reportStatus." + p.reportStatus().name()), p.installedTodayKwp(),
                        p.cumulativeKwp(), p.designKwp(), p.percentComplete() / 100.0, p.scheduleVarianceDays(), p.manpower(),
                        p.openDelays(), p.incidents7d(), p.nextMilestone() == null ? null : p.nextMilestone().name(),
                        p.nextMilestone() == null ? null : p.nextMilestone().date(), p.committedCost(), p.budget(),
                        p.attention().stream().map(a -> Messages.get(locale, "export.attention." + a.name())).collect(Collectors.joining("; ")));
            }
            groups(xlsx, locale, m(locale, "sheet.branches"), col(locale, "branch", Kind.TEXT, 16), portfolio.byBranch());
            groups(xlsx, locale, m(locale, "sheet.managers"), col(locale, "manager", Kind.TEXT, 12), portfolio.byManager());
            xlsx.write(out);
        }
    }

    private static void groups(XlsxSheet xlsx, Locale locale, String sheet, Column first, List<Portfolio.Group> groups) {
        xlsx.sheet(sheet, List.of(first, col(locale, "projects", Kind.INTEGER, 10), col(locale, "onTime", Kind.INTEGER, 10),
                col(locale, "late", Kind.INTEGER, 10), col(locale, "missing", Kind.INTEGER, 10),
                col(locale, "installedToday", Kind.DECIMAL, 12), col(locale, "cumulative", Kind.DECIMAL, 14),
                col(locale, "design", Kind.DECIMAL, 14), col(locale, "behind", Kind.INTEGER, 12)));
        for (Portfolio.Group g : groups) {
            Portfolio.Totals t = g.totals();
            xlsx.row(g.ref() == null ? null : g.ref().name(), t.projects(), t.reportsOnTime(), t.reportsLate(), t.reportsMissing(),
                    t.installedTodayKwp(), t.cumulativeKwp(), t.designKwp(), t.behindSchedule());
        }
    }

    private static Column col(Locale locale, String key, Kind kind, int width) {
        return new Column(m(locale, "col." + key), kind, width);
    }

    private static String m(Locale locale, String key) {
        return Messages.get(locale, "export.portfolio." + key);
    }
}
