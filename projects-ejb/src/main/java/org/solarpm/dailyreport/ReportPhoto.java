package org.solarpm.dailyreport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** A site photo attached to a daily report: metadata here, bytes in the file store under {@code storageName}. */
@Entity
@Table(name = "daily_report_photo")
@NamedQuery(name = ReportPhoto.OF_REPORT, query = "SELECT p FROM ReportPhoto p WHERE p.reportId = :reportId ORDER BY p.id")
public class ReportPhoto {

    public static final String OF_REPORT = "ReportPhoto.ofReport";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private long reportId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 32)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "storage_name", nullable = false, length = 100)
    private String storageName;

    @Column(name = "taken_at")
    private Instant takenAt;

    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    @Column(name = "uploaded_by", nullable = false)
    private long uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ReportPhoto() {
    }

    public ReportPhoto(long reportId, String fileName, String contentType, long sizeBytes, String sha256, String storageName,
                       Instant takenAt, BigDecimal latitude, BigDecimal longitude, long uploadedBy, Instant uploadedAt) {
        this.reportId = reportId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageName = storageName;
        this.takenAt = takenAt;
        this.latitude = latitude;
        this.longitude = longitude;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public long getReportId() {
        return reportId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getStorageName() {
        return storageName;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public long getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ReportPhoto p && id != null && id.equals(p.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
