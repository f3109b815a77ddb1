package org.solarpm.reporting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.solarpm.dashboard.Portfolio;
import org.solarpm.dashboard.PortfolioProject;
import org.solarpm.dashboard.PortfolioService;
import org.solarpm.identity.Actor;
import org.solarpm.identity.AuditLog;
import org.solarpm.reports.ReportName;
import org.solarpm.shared.Messages;

/**
 * The executive one-pager: every active project of the portfolio for a day, exceptions first,
 * with totals and the weekly installed-MWp chart. Built from the same {@link Portfolio} as the
 * dashboard, so the paper and the screen never disagree.
 */
@Stateless
public class DailyDigest {

    @Inject
    PortfolioService portfolios;

    @Inject
    Pdfs pdfs;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "solarpm.company.name", defaultValue = "SolarPM")
    String companyName;

    /** The digest PDF for a reader (their scope, language and watermark); audited. */
    public byte[] pdf(Actor reader, LocalDate date, Long branchId) {
        Portfolio portfolio = portfolios.portfolio(reader, date, branchId);
        audit.record(reader, AuditLog.EXPORT, "Portfolio", branchId, "daily-digest.pdf " + portfolio.date());
        return pdfs.render(reader, ReportName.DAILY_DIGEST, parameters(portfolio, reader.locale()), rows(portfolio, reader.locale()));
    }

    Map<String, Object> parameters(Portfolio portfolio, Locale locale) {
        Portfolio.Totals t = portfolio.totals();
        Map<String, Object> p = new HashMap<>();
        p.put("TITLE_DATE", portfolio.date().toString());
        p.put("COMPANY", companyName);
        p.put("TOTAL_PROJECTS", t.projects());
        p.put("REPORTS_ON_TIME", t.reportsOnTime());
        p.put("REPORTS_LATE", t.reportsLate());
        p.put("REPORTS_MISSING", t.reportsMissing());
        p.put("INSTALLED_TODAY_KWP", decimal(t.installedTodayKwp(), 1));
        p.put("CUMULATIVE_KWP", decimal(t.cumulativeKwp(), 1));
        p.put("DESIGN_KWP", decimal(t.designKwp(), 1));
        p.put("INCIDENTS_7D", t.incidents7d());
        List<WeeklyChart.Bar> bars = portfolio.weeklyInstalledMwp().stream()
                .map(w -> new WeeklyChart.Bar(w.weekStart(), w.mwp())).toList();
        p.put("CHART", WeeklyChart.draw(bars, locale, 1200, 220));
        return p;
    }

    static List<DigestRow> rows(Portfolio portfolio, Locale locale) {
        return portfolio.projects().stream().filter(DailyDigest::active).map(p -> row(p, locale)).toList();
    }

    /** Projects that owe or filed a report that day; finished and not-yet-started ones stay off the page. */
    static boolean active(PortfolioProject p) {
        return p.reportStatus() != org.solarpm.dashboard.ReportStatus.NOT_REQUIRED || p.installedTodayKwp() > 0;
    }

    static DigestRow row(PortfolioProject p, Locale locale) {
        String exception = p.attention().stream().map(a -> Messages.get(locale, "export.attention." + a.name()))
                .collect(Collectors.joining("; "));
        return new DigestRow(p.code(), p.name(), p.branch() == null ? null : p.branch().name(),
                p.manager() == null ? null : p.manager().name(),
                Messages.get(locale, "export.reportStatus." + p.reportStatus().name()),
                decimal(p.installedTodayKwp(), 1), decimal(p.cumulativeKwp(), 1), decimal(p.designKwp(), 1),
                decimal(p.percentComplete(), 1), p.scheduleVarianceDays(), p.manpower(), p.openDelays(), p.incidents7d(),
                exception.isEmpty() ? null : exception);
    }

    static BigDecimal decimal(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }
}
