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

/** One entry of a project's stage history; an admin override keeps its reason and the items it skipped. */
@Entity
@Table(name = "project_stage_change")
public class StageChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", length = 32)
    private Stage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, length = 32)
    private Stage toStage;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name", length = 100)
    private String actorName;

    @Column(length = 1000)
    private String note;

    @Column(name = "override_reason", length = 1000)
    private String overrideReason;

    @Column(name = "overridden_items", length = 1000)
    private String overriddenItems;

    protected StageChange() {
    }

    StageChange(Project project, Stage fromStage, Stage toStage, Instant changedAt, Long actorId, String actorName,
                String note, String overrideReason, String overriddenItems) {
        this.project = project;
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.changedAt = changedAt;
        this.actorId = actorId;
        this.actorName = actorName;
        this.note = note;
        this.overrideReason = overrideReason;
        this.overriddenItems = overriddenItems;
    }

    public Long getId() {
        return id;
    }

    public Stage getFromStage() {
        return fromStage;
    }

    public Stage getToStage() {
        return toStage;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getNote() {
        return note;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public String getOverriddenItems() {
        return overriddenItems;
    }

    public boolean isOverride() {
        return overrideReason != null;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof StageChange s && id != null && id.equals(s.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
