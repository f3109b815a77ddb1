package org.solarpm.web.dailyreport;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.solarpm.dailyreport.DailyReport;
import org.solarpm.dailyreport.DailyReportDetails;
import org.solarpm.dailyreport.ReportContent;
import org.solarpm.dailyreport.ReportPhoto;
import org.solarpm.dailyreport.ReportRevision;
import org.solarpm.dailyreport.WorkItem;
import org.solarpm.shared.Messages;

/** A day's report as the API returns it (contract: docs in daily-contract, sections as sent plus status and history). */
@JsonbNillable
public record DailyReportView(long id, long projectId, LocalDate date, String status, int version, int revision, String timeliness,
                              Person author, Instant submittedAt, Review review, WeatherView weather, List<Manpower> manpower,
                              List<Equipment> equipment, List<QuantityView> quantities, List<Receipt> materialsReceived,
                              List<Consumption> materialsConsumed, Safety safety, List<QualityIssue> qualityIssues, List<DelayView> delays,
                              String issuesForPm, String tomorrowPlan, String notes, List<PhotoView> photos, List<RevisionView> revisions) {

    public record Person(long id, String name) {
    }

    @JsonbNillable
    public record Review(String comment, Person by, Instant at) {
    }

    @JsonbNillable
    public record WeatherView(String condition, BigDecimal minTempC, BigDecimal maxTempC, Integer windLevel, BigDecimal workableHours,
                              boolean weatherDelay) {
    }

    public record Manpower(String trade, String company, int headcount, BigDecimal hours) {
    }

    public record Equipment(String type, int count, BigDecimal operatingHours, BigDecimal idleHours) {
    }

    @JsonbNillable
    public record QuantityView(long workItemId, String code, String name, String unit, BigDecimal designQuantity,
                               BigDecimal cumulativeBefore, BigDecimal quantity, String note) {
    }

    @JsonbNillable
    public record Receipt(long materialPlanLineId, Long poLineId, BigDecimal quantity, String note) {
    }

    public record Consumption(long materialPlanLineId, BigDecimal quantity) {
    }

    public record Safety(boolean toolboxTalk, int nearMisses, List<Incident> incidents) {
    }

    public record Incident(String severity, String description) {
    }

    public record QualityIssue(String description, boolean resolved) {
    }

    @JsonbNillable
    public record DelayView(String cause, BigDecimal hoursLost, String description) {
    }

    @JsonbNillable
    public record PhotoView(long id, String fileName, String contentType, long size, Instant takenAt, BigDecimal latitude,
                            BigDecimal longitude, String url) {
        static PhotoView of(ReportPhoto p) {
            return new PhotoView(p.getId(), p.getFileName(), p.getContentType(), p.getSizeBytes(), p.getTakenAt(), p.getLatitude(),
                    p.getLongitude(), "/api/v1/daily-report-photos/" + p.getId() + "/content");
        }
    }

    @JsonbNillable
    public record RevisionView(int revision, String status, Instant at, Person by, String comment) {
    }

    static DailyReportView of(DailyReportDetails d, Locale locale) {
        DailyReport r = d.report();
        ReportContent c = d.content();
        Map<Long, WorkItem> items = d.workItems().stream().collect(Collectors.toMap(WorkItem::getId, Function.identity()));
        var w = c.weather();
        return new DailyReportView(r.getId(), r.getProjectId(), r.getReportDate(), r.getStatus().name(), r.getVersion(), r.getRevision(),
                r.getTimeliness() == null ? null : r.getTimeliness().name(), new Person(r.getAuthorId(), d.nameOf(r.getAuthorId())),
                r.getSubmittedAt(), r.getReviewedBy() == null ? null
                        : new Review(r.getReviewComment(), new Person(r.getReviewedBy(), d.nameOf(r.getReviewedBy())), r.getReviewedAt()),
                new WeatherView(w.condition() == null ? null : w.condition().name(), Inputs.plain(w.minTempC()), Inputs.plain(w.maxTempC()),
                        w.windLevel(), Inputs.plain(w.workableHours()), w.weatherDelay()),
                c.manpower().stream().map(m -> new Manpower(m.trade().name(), m.company(), m.headcount(), Inputs.plain(m.hours()))).toList(),
                c.equipment().stream().map(e -> new Equipment(e.type().name(), e.count(), Inputs.plain(e.operatingHours()),
                        Inputs.plain(e.idleHours()))).toList(),
                c.quantities().stream().map(q -> quantity(q, items.get(q.workItemId()), d.cumulativeBefore(), locale)).toList(),
                c.materialsReceived().stream().map(m -> new Receipt(m.materialPlanLineId(), m.poLineId(), Inputs.plain(m.quantity()),
                        m.note())).toList(),
                c.materialsConsumed().stream().map(m -> new Consumption(m.materialPlanLineId(), Inputs.plain(m.quantity()))).toList(),
                new Safety(c.toolboxTalk(), c.nearMisses(),
                        c.incidents().stream().map(i -> new Incident(i.severity().name(), i.description())).toList()),
                c.qualityIssues().stream().map(q -> new QualityIssue(q.description(), q.resolved())).toList(),
                c.delays().stream().map(x -> new DelayView(x.cause().name(), Inputs.plain(x.hoursLost()), x.description())).toList(),
                c.issuesForPm(), c.tomorrowPlan(), c.notes(),
                d.photos().stream().map(PhotoView::of).toList(),
                d.revisions().stream().map(v -> revision(v, d)).toList());
    }

    private static QuantityView quantity(org.solarpm.dailyreport.QuantityLine q, WorkItem item, Map<Long, BigDecimal> before, Locale locale) {
        return new QuantityView(q.workItemId(), item == null ? null : item.getCode(),
                item == null ? null : Messages.pick(locale, item.getNameZh(), item.getNameEn()), item == null ? null : item.getUnit(),
                item == null ? null : Inputs.plain(item.getDesignQuantity()),
                Inputs.plain(before.getOrDefault(q.workItemId(), BigDecimal.ZERO)), Inputs.plain(q.quantity()), q.note());
    }

    private static RevisionView revision(ReportRevision v, DailyReportDetails d) {
        return new RevisionView(v.getRevision(), v.getStatus().name(), v.getActedAt(), new Person(v.getActorId(), d.nameOf(v.getActorId())),
                v.getComment());
    }
}
