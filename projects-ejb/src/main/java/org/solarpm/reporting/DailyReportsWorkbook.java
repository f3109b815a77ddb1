package org.solarpm.reporting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.solarpm.dailyreport.DailyReport;
import org.solarpm.dailyreport.DailyReportRepository;
import org.solarpm.dailyreport.DailyReportService;
import org.solarpm.dailyreport.ManpowerLine;
import org.solarpm.dailyreport.QuantityLine;
import org.solarpm.dailyreport.ReportContent;
import org.solarpm.dailyreport.Weather;
import org.solarpm.dailyreport.WorkItem;
import org.solarpm.identity.Actor;
import org.solarpm.identity.AuditLog;
import org.solarpm.project.Project;
import org.solarpm.project.ProjectService;
import org.solarpm.reporting.XlsxSheet.Column;
import org.solarpm.reporting.XlsxSheet.Kind;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.DomainException;
import org.solarpm.shared.Messages;

/**
 * A project's daily reports over a date range as a workbook: one row per report, and a second sheet
 * with the installed quantity of every work item on every reported day.
 */
@Stateless
public class DailyReportsWorkbook {

    private static final List<String> SECTIONS = List.of("manpower", "equipment", "quantities", "materialsReceived",
            "materialsConsumed", "incidents", "qualityIssues", "delays");

    /** The longest range one workbook covers. */
    static final int MAX_DAYS = 366;

    @PersistenceContext
    EntityManager em;

    @Inject
    DailyReportService reports;

    @Inject
    ProjectService projects;

    @Inject
    AuditLog audit;

    @Inject
    CompanyClock clock;

    /** What a download needs: the project (access checked), the range and the report summaries. */
    public record Range(Project project, LocalDate from, LocalDate to, List<DailyReportRepository.ListItem> items) {
    }

    public Range prepare(Actor reader, long projectId, LocalDate from, LocalDate to) {
        Project project = projects.get(reader, projectId);
        LocalDate end = to == null ? clock.today() : to;
        LocalDate start = from == null ? end.minusDays(29) : from;
        if (start.isAfter(end)) {
            throw DomainException.invalid("from", "error.field.invalid");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw DomainException.invalid("to", "export.dailyReports.rangeTooLong", MAX_DAYS);
        }
        audit.record(reader, AuditLog.EXPORT, "Project", projectId, "daily-reports.xlsx " + project.getCode() + " " + start + ".." + end);
        return new Range(project, start, end, reports.list(reader, projectId, start, end));
    }

    public void write(Range range, Locale locale, OutputStream out) {
        var query = em.createQuery("SELECT r FROM DailyReport r WHERE r.projectId = :p AND r.reportDate BETWEEN :f AND :t"
                        + " ORDER BY r.reportDate", DailyReport.class)
                .setParameter("p", range.project().getId()).setParameter("f", range.from()).setParameter("t", range.to())
                .setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN);
        // content() reads every section: load each section for all reports at once, not per report
        for (String section : SECTIONS) {
            query.setHint(QueryHints.BATCH, "r." + section);
        }
        List<DailyReport> filed = query.getResultList();
        Map<LocalDate, DailyReport> byDay = filed.stream().collect(Collectors.toMap(DailyReport::getReportDate, Function.identity()));
        List<WorkItem> items = em.createNamedQuery(WorkItem.OF_PROJECT, WorkItem.class).setParameter("projectId", range.project().getId())
                .getResultList();
        try (XlsxSheet xlsx = new XlsxSheet(clock.zone())) {
            xlsx.sheet(m(locale, "sheet.reports"), List.of(col(locale, "date", Kind.DATE, 12), col(locale, "status", Kind.TEXT, 10),
                    col(locale, "timeliness", Kind.TEXT, 12), col(locale, "author", Kind.TEXT, 10), col(locale, "submittedAt", Kind.DATE_TIME, 17),
                    col(locale, "weather", Kind.TEXT, 10), col(locale, "minTemp", Kind.DECIMAL, 8), col(locale, "maxTemp", Kind.DECIMAL, 8),
                    col(locale, "headcount", Kind.INTEGER, 8), col(locale, "hours", Kind.DECIMAL, 10), col(locale, "installedKwp", Kind.DECIMAL, 12),
                    col(locale, "delayHours", Kind.DECIMAL, 10), col(locale, "incidents", Kind.INTEGER, 8), col(locale, "tomorrowPlan", Kind.TEXT, 40)));
            List<DailyReportRepository.ListItem> oldestFirst = new java.util.ArrayList<>(range.items());
            java.util.Collections.reverse(oldestFirst);
            for (DailyReportRepository.ListItem item : oldestFirst) {
                DailyReport report = byDay.get(item.date());
                ReportContent c = report == null ? ReportContent.EMPTY : report.content();
                Weather w = c.weather();
                xlsx.row(item.date(), text(locale, "export.dailyStatus.", item.status()), text(locale, "export.reportStatus.", item.timeliness()),
                        item.authorName(), report == null ? null : report.getSubmittedAt(),
                        w.condition() == null ? null : Messages.get(locale, "export.weather." + w.condition().name()), w.minTempC(), w.maxTempC(),
                        item.headcount(), c.manpower().stream().map(ManpowerLine::hours).filter(h -> h != null).reduce(BigDecimal.ZERO, BigDecimal::add),
                        item.installedKwp(), item.delayHours(), item.incidents(), c.tomorrowPlan());
            }
            xlsx.sheet(m(locale, "sheet.quantities"), List.of(col(locale, "date", Kind.DATE, 12), col(locale, "workItem", Kind.TEXT, 24),
                    col(locale, "unit", Kind.TEXT, 8), col(locale, "quantity", Kind.DECIMAL, 12), col(locale, "design", Kind.DECIMAL, 14)));
            Map<Long, WorkItem> itemById = items.stream().collect(Collectors.toMap(WorkItem::getId, Function.identity()));
            for (DailyReport report : filed) {
                for (QuantityLine q : report.content().quantities()) {
                    WorkItem item = itemById.get(q.workItemId());
                    if (item != null) {
                        xlsx.row(report.getReportDate(), Messages.pick(locale, item.getNameZh(), item.getNameEn()), item.getUnit(), q.quantity(),
                                item.getDesignQuantity());
                    }
                }
            }
            xlsx.write(out);
        }
    }

    private static String text(Locale locale, String prefix, String value) {
        return value == null ? null : Messages.get(locale, prefix + value);
    }

    private static Column col(Locale locale, String key, Kind kind, int width) {
        return new Column(m(locale, "col." + key), kind, width);
    }

    private static String m(Locale locale, String key) {
        return Messages.get(locale, "export.dailyReports." + key);
    }
}
