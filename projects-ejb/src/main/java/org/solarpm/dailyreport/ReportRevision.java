package org.solarpm.dailyreport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One review decision on a report: approved (with a JSON snapshot of the approved content) or returned with a comment. */
@Entity
@Table(name = "daily_report_revision")
@NamedQuery(name = ReportRevision.OF_REPORT, query = "SELECT r FROM ReportRevision r WHERE r.reportId = :reportId ORDER BY r.id")
public class ReportRevision {

    public static final String OF_REPORT = "ReportRevision.ofReport";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private ReportStatus status;

    @Column(name = "actor_id", nullable = false, updatable = false)
    private long actorId;

    @Column(name = "acted_at", nullable = false, updatable = false)
    private Instant actedAt;

    @Column(length = 2000, updatable = false)
    private String comment;

    @Lob
    @Column(updatable = false)
    private String content;

    protected ReportRevision() {
    }

    ReportRevision(Long reportId, int revision, ReportStatus status, long actorId, Instant actedAt, String comment) {
        this.reportId = reportId;
        this.revision = revision;
        this.status = status;
        this.actorId = actorId;
        this.actedAt = actedAt;
        this.comment = comment;
    }

    /** Keeps the approved content (JSON) with the decision. */
    public ReportRevision withSnapshot(String json) {
        this.content = json;
        return this;
    }

    public Long getId() {
        return id;
    }

    public Long getReportId() {
        return reportId;
    }

    public int getRevision() {
        return revision;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public long getActorId() {
        return actorId;
    }

    public Instant getActedAt() {
        return actedAt;
    }

    public String getComment() {
        return comment;
    }

    public String getContent() {
        return content;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ReportRevision r && id != null && id.equals(r.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
