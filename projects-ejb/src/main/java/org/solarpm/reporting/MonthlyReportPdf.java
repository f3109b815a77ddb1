package org.solarpm.reporting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.solarpm.dailyreport.DailyReportRepository;
import org.solarpm.dailyreport.DailyReportService;
import org.solarpm.dailyreport.ProgressService;
import org.solarpm.dailyreport.ProjectProgress;
import org.solarpm.identity.Actor;
import org.solarpm.identity.AuditLog;
import org.solarpm.milestone.Milestone;
import org.solarpm.milestone.MilestoneService;
import org.solarpm.procurement.budget.BudgetLine;
import org.solarpm.procurement.budget.ProjectCostService;
import org.solarpm.project.Project;
import org.solarpm.project.ProjectService;
import org.solarpm.reports.ReportName;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.DomainException;
import org.solarpm.shared.Messages;

/**
 * A project's monthly report: S-curve planned against actual up to the month's end, milestones,
 * cost against budget, and a summary of the month's installation, delays and safety in plain words.
 */
@Stateless
public class MonthlyReportPdf {

    @Inject
    ProjectService projects;

    @Inject
    ProgressService progress;

    @Inject
    MilestoneService milestones;

    @Inject
    ProjectCostService costs;

    @Inject
    DailyReportService reports;

    @Inject
    Pdfs pdfs;

    @Inject
    AuditLog audit;

    @Inject
    CompanyClock clock;

    public RenderedFile pdf(Actor reader, long projectId, YearMonth month) {
        LocalDate today = clock.today();
        if (month.isAfter(YearMonth.from(today))) {
            throw DomainException.invalid("month", "export.monthly.futureMonth", YearMonth.from(today));
        }
        Project project = projects.get(reader, projectId);
        Locale locale = reader.locale();
        LocalDate end = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
        ProjectProgress curve = progress.progress(reader, projectId, end);
        ProjectCostService.Budget budget = costs.budget(reader, projectId);
        BudgetLine total = budget.total();
        List<DailyReportRepository.ListItem> days = reports.list(reader, projectId, month.atDay(1), end);

        Map<String, Object> p = new HashMap<>();
        p.put("PROJECT_CODE", project.getCode());
        p.put("PROJECT_NAME", project.getName());
        p.put("MONTH", month.toString());
        p.put("SCURVE", curve.series().isEmpty() ? null : SCurveChart.draw(curve.series(), locale, 1000, 360));
        p.put("BUDGET", total.budget());
        p.put("COMMITTED", total.committed());
        p.put("SUMMARY", summary(locale, curve, days));
        List<MilestoneRow> rows = milestones.of(reader, projectId).stream().map(m -> row(m, today, locale)).toList();
        audit.record(reader, AuditLog.EXPORT, "Project", projectId, "monthly-report.pdf " + project.getCode() + " " + month);
        byte[] pdf = pdfs.render(reader, ReportName.MONTHLY_REPORT, p, rows);
        return new RenderedFile(Messages.get(locale, "export.monthly.fileName", project.getCode(), month.toString()) + ".pdf", pdf);
    }

    static String summary(Locale locale, ProjectProgress curve, List<DailyReportRepository.ListItem> days) {
        BigDecimal installed = BigDecimal.ZERO;
        BigDecimal delayHours = BigDecimal.ZERO;
        int incidents = 0;
        for (DailyReportRepository.ListItem d : days) {
            installed = installed.add(nz(d.installedKwp()));
            delayHours = delayHours.add(nz(d.delayHours()));
            incidents += d.incidents();
        }
        String variance = curve.scheduleVarianceDays() == null ? Messages.get(locale, "export.monthly.noPlanYet")
                : curve.scheduleVarianceDays() < 0 ? Messages.get(locale, "export.monthly.behind", -curve.scheduleVarianceDays())
                : Messages.get(locale, "export.monthly.ahead", curve.scheduleVarianceDays());
        return Messages.get(locale, "export.monthly.summary", days.size(), installed.setScale(1, RoundingMode.HALF_UP).toPlainString(),
                BigDecimal.valueOf(curve.actualPercent()).setScale(1, RoundingMode.HALF_UP).toPlainString(),
                BigDecimal.valueOf(curve.plannedPercent()).setScale(1, RoundingMode.HALF_UP).toPlainString(), variance,
                delayHours.stripTrailingZeros().toPlainString(), incidents);
    }

    static MilestoneRow row(Milestone m, LocalDate today, Locale locale) {
        return new MilestoneRow(Messages.pick(locale, m.getNameZh(), m.getNameEn()), m.getPlannedDate() == null ? null : m.getPlannedDate().toString(),
                m.getActualDate() == null ? null : m.getActualDate().toString(),
                Messages.get(locale, "export.milestoneStatus." + m.statusOn(today).name()));
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
