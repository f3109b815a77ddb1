package org.solarpm.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * Metadata of a file stored for a project (drawing, contract, permit, photo). The bytes live on disk
 * under a generated storage name; the user's file name is only metadata and never part of a path.
 */
@Entity
@Table(name = "project_document")
@NamedQuery(name = ProjectDocument.OF_PROJECT, query = "SELECT d FROM ProjectDocument d WHERE d.projectId = :projectId ORDER BY d.uploadedAt DESC, d.id DESC")
@NamedQuery(name = ProjectDocument.COUNT_OF_PROJECT, query = "SELECT COUNT(d) FROM ProjectDocument d WHERE d.projectId = :projectId")
public class ProjectDocument {

    public static final String OF_PROJECT = "ProjectDocument.ofProject";
    public static final String COUNT_OF_PROJECT = "ProjectDocument.countOfProject";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "storage_name", nullable = false, length = 100)
    private String storageName;

    @Column(name = "uploaded_by", nullable = false)
    private long uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ProjectDocument() {
    }

    public ProjectDocument(long projectId, String fileName, String contentType, long sizeBytes, String sha256,
                           String storageName, long uploadedBy, Instant uploadedAt) {
        this.projectId = projectId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageName = storageName;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public boolean belongsTo(Project project) {
        return project.getId() != null && project.getId() == projectId;
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
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

    public long getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ProjectDocument d && id != null && id.equals(d.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
