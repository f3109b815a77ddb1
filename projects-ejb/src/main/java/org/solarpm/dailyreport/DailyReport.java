package org.solarpm.dailyreport;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.solarpm.dailyreport.DeadlinePolicy.Timeliness;
import org.solarpm.shared.DomainException;

/**
 * The construction report of one project for one day. Its content is replaced as a whole
 * ({@link #edit}); the workflow runs draft -> submitted -> approved, or returned to the author with
 * a comment and submitted again. Submission is judged once against the {@link DeadlinePolicy}: a
 * report returned and resubmitted keeps its first submission time. Editing an approved report opens
 * the next revision, which goes back to the reviewer; the approved content is kept as a
 * {@link ReportRevision} snapshot.
 */
@Entity
@Table(name = "daily_report")
@NamedQuery(name = DailyReport.BY_DAY, query = "SELECT r FROM DailyReport r WHERE r.projectId = :projectId AND r.reportDate = :date")
@NamedQuery(name = DailyReport.LATEST_BEFORE, query = "SELECT r FROM DailyReport r WHERE r.projectId = :projectId AND r.reportDate < :date"
        + " ORDER BY r.reportDate DESC")
@NamedQuery(name = DailyReport.OF_PROJECT, query = "SELECT r FROM DailyReport r WHERE r.projectId = :projectId")
public class DailyReport {

    public static final String BY_DAY = "DailyReport.byDay";
    public static final String LATEST_BEFORE = "DailyReport.latestBefore";
    public static final String OF_PROJECT = "DailyReport.ofProject";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "report_date", nullable = false, updatable = false)
    private LocalDate reportDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReportStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Timeliness timeliness;

    @Column(nullable = false)
    private int revision;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reviewed_by")
    private Long reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "review_comment", length = 2000)
    private String reviewComment;

    @Enumerated(EnumType.STRING)
    @Column(name = "weather_condition", length = 16)
    private Weather.Condition weatherCondition;

    @Column(name = "min_temp_c", precision = 4, scale = 1)
    private BigDecimal minTempC;

    @Column(name = "max_temp_c", precision = 4, scale = 1)
    private BigDecimal maxTempC;

    @Column(name = "wind_level")
    private Integer windLevel;

    @Column(name = "workable_hours", precision = 4, scale = 1)
    private BigDecimal workableHours;

    @Column(name = "weather_delay", nullable = false)
    private boolean weatherDelay;

    @Column(name = "toolbox_talk", nullable = false)
    private boolean toolboxTalk;

    @Column(name = "near_misses", nullable = false)
    private int nearMisses;

    @Column(name = "issues_for_pm")
    private String issuesForPm;

    @Column(name = "tomorrow_plan")
    private String tomorrowPlan;

    @Column
    private String notes;

    @ElementCollection
    @CollectionTable(name = "daily_report_manpower", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<ManpowerLine> manpower = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "daily_report_equipment", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<EquipmentLine> equipment = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "daily_report_quantity", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<QuantityLine> quantities = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "daily_report_material_received", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<MaterialReceipt> materialsReceived = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "daily_report_material_consumed", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<MaterialConsumption> materialsConsumed = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "daily_report_incident", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<Incident> incidents = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "daily_report_quality_issue", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<QualityIssue> qualityIssues = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "daily_report_delay", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<Delay> delays = new ArrayList<>();

    @Version
    private int version;

    protected DailyReport() {
    }

    /** A new, empty draft for {@code day}, written by {@code authorId}. */
    public DailyReport(long projectId, LocalDate day, long authorId, Instant now) {
        this.projectId = projectId;
        this.reportDate = Objects.requireNonNull(day);
        this.authorId = authorId;
        this.status = ReportStatus.DRAFT;
        this.revision = 1;
        this.createdAt = ms(now);
        this.updatedAt = ms(now);
    }

    /**
     * Replaces the content. Returns false (and changes nothing) when the content is the same, so a
     * repeated PUT is harmless. A draft, returned or not yet reviewed report is changed in place; an
     * approved one moves to the next revision and back to the reviewer.
     */
    public boolean edit(ReportContent content, Instant now) {
        if (content.equals(content())) {
            return false;
        }
        if (status == ReportStatus.APPROVED) {
            revision++;
            status = ReportStatus.SUBMITTED;
            reviewedBy = null;
            reviewedAt = null;
            reviewComment = null;
        }
        apply(content);
        updatedAt = ms(now);
        return true;
    }

    /**
     * Hands the report in. The first submission is classified against the deadline policy; a report
     * that is already submitted stays as it is (a retried submit is harmless).
     */
    public void submit(Instant now, DeadlinePolicy policy) {
        if (status == ReportStatus.SUBMITTED) {
            return;
        }
        if (status == ReportStatus.APPROVED) {
            throw DomainException.conflict("error.dailyReport.alreadyApproved");
        }
        if (submittedAt == null) {
            submittedAt = ms(now);
            timeliness = policy.classify(reportDate, now);
        }
        status = ReportStatus.SUBMITTED;
        updatedAt = ms(now);
    }

    /** The reviewer accepts the submitted report; the returned revision row keeps what was approved. */
    public ReportRevision approve(long reviewerId, String comment, Instant now) {
        requireSubmitted();
        status = ReportStatus.APPROVED;
        review(reviewerId, comment, now);
        return new ReportRevision(id, revision, ReportStatus.APPROVED, reviewerId, reviewedAt, reviewComment);
    }

    /** The reviewer sends the report back to its author with a comment saying what is missing. */
    public ReportRevision returnTo(long reviewerId, String comment, Instant now) {
        requireSubmitted();
        if (comment == null || comment.isBlank()) {
            throw DomainException.invalid("comment", "error.dailyReport.commentRequired");
        }
        status = ReportStatus.RETURNED;
        review(reviewerId, comment, now);
        return new ReportRevision(id, revision, ReportStatus.RETURNED, reviewerId, reviewedAt, reviewComment);
    }

    /** Optimistic check of the version a client last saw; {@code null} means "no check". */
    public void expectVersion(Integer expected) {
        if (expected != null && expected != version) {
            throw DomainException.conflict("error.staleVersion");
        }
    }

    private void requireSubmitted() {
        if (status != ReportStatus.SUBMITTED) {
            throw DomainException.conflict("error.dailyReport.notSubmitted", status.name());
        }
    }

    private void review(long reviewerId, String comment, Instant now) {
        reviewedBy = reviewerId;
        reviewedAt = ms(now);
        reviewComment = Scales.text(comment);
        updatedAt = ms(now);
    }

    /** Instants as the database keeps them (DATETIME(3)), so a response says what a later read will. */
    private static Instant ms(Instant at) {
        return at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    private void apply(ReportContent c) {
        Weather w = c.weather();
        weatherCondition = w.condition();
        minTempC = w.minTempC();
        maxTempC = w.maxTempC();
        windLevel = w.windLevel();
        workableHours = w.workableHours();
        weatherDelay = w.weatherDelay();
        toolboxTalk = c.toolboxTalk();
        nearMisses = c.nearMisses();
        issuesForPm = c.issuesForPm();
        tomorrowPlan = c.tomorrowPlan();
        notes = c.notes();
        replace(manpower, c.manpower());
        replace(equipment, c.equipment());
        replace(quantities, c.quantities());
        replace(materialsReceived, c.materialsReceived());
        replace(materialsConsumed, c.materialsConsumed());
        replace(incidents, c.incidents());
        replace(qualityIssues, c.qualityIssues());
        replace(delays, c.delays());
    }

    private static <T> void replace(List<T> target, List<T> source) {
        if (!target.equals(source)) {
            target.clear();
            target.addAll(source);
        }
    }

    public ReportContent content() {
        return new ReportContent(new Weather(weatherCondition, minTempC, maxTempC, windLevel, workableHours, weatherDelay),
                manpower, equipment, quantities, materialsReceived, materialsConsumed, toolboxTalk, nearMisses,
                incidents, qualityIssues, delays, issuesForPm, tomorrowPlan, notes);
    }

    /** Whether this report's figures count in the rollups. */
    public boolean counted() {
        return status.counted();
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public LocalDate getReportDate() {
        return reportDate;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public Timeliness getTimeliness() {
        return timeliness;
    }

    public int getRevision() {
        return revision;
    }

    public long getAuthorId() {
        return authorId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Long getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public int getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof DailyReport r && id != null && id.equals(r.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
