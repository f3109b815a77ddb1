package org.solarpm.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.solarpm.identity.Actor;
import org.solarpm.shared.DomainException;

/** One item of a stage's gate checklist, e.g. "filing certificate uploaded", ticked with who, when and an optional document. */
@Entity
@Table(name = "project_gate_item")
public class GateItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Stage stage;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "document_required", nullable = false)
    private boolean documentRequired;

    @Column(nullable = false)
    private int position;

    @Column(name = "ticked_at")
    private Instant tickedAt;

    @Column(name = "ticked_by")
    private Long tickedBy;

    @Column(name = "ticked_by_name", length = 100)
    private String tickedByName;

    @Column(name = "document_id")
    private Long documentId;

    protected GateItem() {
    }

    GateItem(Project project, Stage stage, String code, String nameZh, String nameEn, boolean documentRequired, int position) {
        this.project = project;
        this.stage = stage;
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.documentRequired = documentRequired;
        this.position = position;
    }

    /** Ticks the item off; an item that needs a document cannot be ticked without one. */
    void tick(Actor actor, Long documentId, Instant at) {
        if (documentRequired && documentId == null) {
            throw DomainException.invalid("documentId", "error.gate.documentRequired", code);
        }
        this.tickedAt = at;
        this.tickedBy = actor.id();
        this.tickedByName = actor.displayName();
        this.documentId = documentId;
    }

    public boolean isTicked() {
        return tickedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Stage getStage() {
        return stage;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public boolean isDocumentRequired() {
        return documentRequired;
    }

    public int getPosition() {
        return position;
    }

    public Instant getTickedAt() {
        return tickedAt;
    }

    public Long getTickedBy() {
        return tickedBy;
    }

    public String getTickedByName() {
        return tickedByName;
    }

    public Long getDocumentId() {
        return documentId;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof GateItem g && id != null && id.equals(g.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
