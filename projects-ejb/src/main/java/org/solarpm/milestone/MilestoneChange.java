package org.solarpm.milestone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.solarpm.identity.Actor;

/** One line of a milestone's history: a replan (old date, new date, reason) or its completion, with who and when. */
@Entity
@Table(name = "milestone_change")
@NamedQuery(name = MilestoneChange.OF_MILESTONE, query = "SELECT c FROM MilestoneChange c WHERE c.milestoneId = :milestoneId ORDER BY c.changedAt, c.id")
public class MilestoneChange {

    public static final String OF_MILESTONE = "MilestoneChange.ofMilestone";

    public enum Kind { REPLAN, COMPLETE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "milestone_id", nullable = false, updatable = false)
    private Long milestoneId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(name = "old_date")
    private LocalDate oldDate;

    @Column(name = "new_date")
    private LocalDate newDate;

    @Column(length = 1000)
    private String reason;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name", length = 100)
    private String actorName;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected MilestoneChange() {
    }

    MilestoneChange(Milestone milestone, Kind kind, LocalDate oldDate, LocalDate newDate, String reason, Actor actor, Instant at) {
        this.milestoneId = milestone.getId();
        this.kind = kind;
        this.oldDate = oldDate;
        this.newDate = newDate;
        this.reason = reason;
        this.actorId = actor == null ? null : actor.id();
        this.actorName = actor == null ? null : actor.displayName();
        this.changedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getMilestoneId() {
        return milestoneId;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDate getOldDate() {
        return oldDate;
    }

    public LocalDate getNewDate() {
        return newDate;
    }

    public String getReason() {
        return reason;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof MilestoneChange c && id != null && id.equals(c.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
