package org.solarpm.reporting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.solarpm.dailyreport.DailyReportDetails;
import org.solarpm.dailyreport.DailyReportService;
import org.solarpm.dailyreport.ManpowerLine;
import org.solarpm.dailyreport.QuantityLine;
import org.solarpm.dailyreport.ReportContent;
import org.solarpm.dailyreport.ReportPhoto;
import org.solarpm.dailyreport.Weather;
import org.solarpm.dailyreport.WorkItem;
import org.solarpm.dailyreport.photo.PhotoStore;
import org.solarpm.identity.Actor;
import org.solarpm.identity.AuditLog;
import org.solarpm.project.Project;
import org.solarpm.project.ProjectService;
import org.solarpm.reports.ReportName;
import org.solarpm.shared.Messages;

/** One project's daily construction report as a PDF with photo thumbnails; same access rules as the report itself. */
@Stateless
public class DailyReportPdf {

    static final int MAX_PHOTOS = 12;

    @Inject
    DailyReportService reports;

    @Inject
    PhotoStore photoStore;

    @Inject
    ProjectService projects;

    @Inject
    Pdfs pdfs;

    @Inject
    AuditLog audit;

    public RenderedFile pdf(Actor reader, long projectId, LocalDate date) {
        DailyReportDetails details = reports.get(reader, projectId, date);
        Project project = projects.get(reader, projectId);
        Locale locale = reader.locale();
        ReportContent c = details.content();
        Map<String, Object> p = new HashMap<>();
        p.put("PROJECT_CODE", project.getCode());
        p.put("PROJECT_NAME", project.getName());
        p.put("REPORT_DATE", date.toString());
        p.put("STATUS", Messages.get(locale, "export.dailyStatus." + details.report().getStatus().name()));
        p.put("AUTHOR", details.nameOf(details.report().getAuthorId()));
        p.put("WEATHER", weather(c.weather(), locale));
        p.put("MANPOWER_TOTAL", c.manpower().stream().mapToInt(ManpowerLine::headcount).sum());
        p.put("SAFETY", safety(c, locale));
        p.put("DELAYS", c.delays().isEmpty() ? null : c.delays().stream()
                .map(d -> Messages.get(locale, "export.delayCause." + d.cause().name()) + " " + d.hoursLost().stripTrailingZeros().toPlainString()
                        + " h" + (d.description() == null ? "" : "：" + d.description()))
                .collect(Collectors.joining("；")));
        p.put("PLAN_TOMORROW", c.tomorrowPlan());
        p.put("NOTES", join(c.issuesForPm(), c.notes()));
        p.put("PHOTOS", thumbnails(details.photos()));
        audit.record(reader, AuditLog.EXPORT, "DailyReport", details.report().getId(), "daily-report.pdf " + project.getCode() + " " + date);
        byte[] pdf = pdfs.render(reader, ReportName.DAILY_REPORT, p, rows(details, locale));
        return new RenderedFile(Messages.get(locale, "export.dailyReport.fileName", project.getCode(), date.toString()) + ".pdf", pdf);
    }

    static List<WorkItemRow> rows(DailyReportDetails details, Locale locale) {
        Map<Long, BigDecimal> today = new HashMap<>();
        for (QuantityLine q : details.content().quantities()) {
            today.merge(q.workItemId(), q.quantity(), BigDecimal::add);
        }
        List<WorkItemRow> rows = new ArrayList<>();
        for (WorkItem w : details.workItems()) {
            BigDecimal installed = today.getOrDefault(w.getId(), BigDecimal.ZERO);
            BigDecimal cumulative = details.cumulativeBefore().getOrDefault(w.getId(), BigDecimal.ZERO).add(installed);
            BigDecimal percent = w.getDesignQuantity().signum() == 0 ? BigDecimal.ZERO
                    : cumulative.multiply(BigDecimal.valueOf(100)).divide(w.getDesignQuantity(), 1, RoundingMode.HALF_UP);
            rows.add(new WorkItemRow(Messages.pick(locale, w.getNameZh(), w.getNameEn()), w.getUnit(), installed, cumulative,
                    w.getDesignQuantity(), percent));
        }
        return rows;
    }

    private List<byte[]> thumbnails(List<ReportPhoto> list) {
        List<byte[]> result = new ArrayList<>();
        for (ReportPhoto photo : list) {
            if (result.size() == MAX_PHOTOS) {
                break;
            }
            // access was checked with the report itself; no per-photo lookup
            Thumbnails.of(photoStore.pathOf(photo.getStorageName()), 480).ifPresent(result::add);
        }
        return result;
    }

    static String weather(Weather w, Locale locale) {
        if (w == null || w.condition() == null) {
            return null;
        }
        StringBuilder s = new StringBuilder(Messages.get(locale, "export.weather." + w.condition().name()));
        if (w.minTempC() != null && w.maxTempC() != null) {
            s.append(", ").append(w.minTempC().stripTrailingZeros().toPlainString()).append("~")
                    .append(w.maxTempC().stripTrailingZeros().toPlainString()).append("℃");
        }
        if (w.windLevel() != null) {
            s.append(", ").append(Messages.get(locale, "export.weather.wind", w.windLevel()));
        }
        if (w.workableHours() != null) {
            s.append(", ").append(Messages.get(locale, "export.weather.workable", w.workableHours().stripTrailingZeros().toPlainString()));
        }
        if (w.weatherDelay()) {
            s.append(", ").append(Messages.get(locale, "export.weather.delay"));
        }
        return s.toString();
    }

    static String safety(ReportContent c, Locale locale) {
        String base = Messages.get(locale, c.toolboxTalk() ? "export.safety.toolboxTalk" : "export.safety.noToolboxTalk")
                + "; " + Messages.get(locale, "export.safety.nearMisses", c.nearMisses());
        String incidents = c.incidents().stream()
                .map(i -> Messages.get(locale, "export.severity." + i.severity().name()) + "：" + i.description())
                .collect(Collectors.joining("; "));
        return incidents.isEmpty() ? base : base + "; " + incidents;
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + "\n" + b;
    }
}
