package org.solarpm.milestone;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.solarpm.identity.Actor;
import org.solarpm.shared.DomainException;

/**
 * A project milestone: the baseline date (moves with the plan until the plan is approved, then frozen),
 * the current planned date, the actual date once reached, and the decision makers who must hear at
 * once when it moves. Replanning needs a reason and leaves a {@link MilestoneChange}.
 */
@Entity
@Table(name = "milestone")
@NamedQuery(name = Milestone.OF_PROJECT, query = "SELECT m FROM Milestone m WHERE m.projectId = :projectId ORDER BY m.plannedDate, m.id")
@NamedQuery(name = Milestone.COUNT_OF_PROJECT, query = "SELECT COUNT(m) FROM Milestone m WHERE m.projectId = :projectId")
@NamedQuery(name = Milestone.OPEN_DUE_ON, query = "SELECT m FROM Milestone m WHERE m.actualDate IS NULL AND m.plannedDate = :date ORDER BY m.id")
@NamedQuery(name = Milestone.OPEN_OVERDUE, query = "SELECT m FROM Milestone m WHERE m.actualDate IS NULL AND m.plannedDate < :today ORDER BY m.id")
public class Milestone {

    public static final String OF_PROJECT = "Milestone.ofProject";
    public static final String COUNT_OF_PROJECT = "Milestone.countOfProject";
    public static final String OPEN_DUE_ON = "Milestone.openDueOn";
    public static final String OPEN_OVERDUE = "Milestone.openOverdue";
    /** Days before the planned date from which an open milestone counts as "due soon". */
    public static final int DUE_SOON_DAYS = 7;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(nullable = false, length = 32)
    private String stage;

    @Column(name = "key_milestone", nullable = false)
    private boolean key;

    @Column(name = "baseline_date", nullable = false)
    private LocalDate baselineDate;

    @Column(name = "baseline_frozen_at")
    private Instant baselineFrozenAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "milestone_decision_maker", joinColumns = @JoinColumn(name = "milestone_id"))
    @Column(name = "user_id")
    private Set<Long> decisionMakers = new LinkedHashSet<>();

    @Column(name = "planned_date", nullable = false)
    private LocalDate plannedDate;

    @Column(name = "actual_date")
    private LocalDate actualDate;

    @Version
    private int version;

    protected Milestone() {
    }

    public Milestone(long projectId, String code, String nameZh, String nameEn, String stage, boolean key, LocalDate plannedDate) {
        this.projectId = projectId;
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.stage = stage;
        this.key = key;
        this.baselineDate = plannedDate;
        this.plannedDate = plannedDate;
    }

    /**
     * Moves the planned date. A reason is required; before the plan is approved the baseline moves
     * along, afterwards it stays and the difference is the slip. No date before the project start.
     */
    public MilestoneChange replan(LocalDate newDate, String reason, LocalDate projectStart, Actor actor, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "error.milestone.reasonRequired");
        }
        checkDate("plannedDate", newDate, projectStart);
        if (actualDate != null) {
            throw DomainException.conflict("error.milestone.done");
        }
        LocalDate old = plannedDate;
        plannedDate = newDate;
        if (baselineFrozenAt == null) {
            baselineDate = newDate;
        }
        return new MilestoneChange(this, MilestoneChange.Kind.REPLAN, old, newDate, reason.strip(), actor, at);
    }

    /** Marks the milestone reached on {@code date} (not in the future, not before the project start). */
    public MilestoneChange complete(LocalDate date, LocalDate today, LocalDate projectStart, Actor actor, Instant at) {
        checkDate("actualDate", date, projectStart);
        if (date.isAfter(today)) {
            throw DomainException.invalid("actualDate", "error.milestone.actualInFuture", date);
        }
        LocalDate old = actualDate;
        actualDate = date;
        return new MilestoneChange(this, MilestoneChange.Kind.COMPLETE, old, date, null, actor, at);
    }

    /** Plan approved: the baseline is frozen from now on (again approving changes nothing). */
    public boolean freezeBaseline(Instant at) {
        if (baselineFrozenAt != null) {
            return false;
        }
        baselineFrozenAt = at;
        return true;
    }

    public void decidedBy(Set<Long> userIds) {
        decisionMakers.clear();
        decisionMakers.addAll(userIds);
    }

    public MilestoneStatus statusOn(LocalDate today) {
        if (actualDate != null) {
            return MilestoneStatus.DONE;
        }
        if (plannedDate.isBefore(today)) {
            return MilestoneStatus.OVERDUE;
        }
        return plannedDate.isAfter(today.plusDays(DUE_SOON_DAYS)) ? MilestoneStatus.UPCOMING : MilestoneStatus.DUE_SOON;
    }

    /** Days the planned date lies after the baseline (positive: late). */
    public long slipDays() {
        return baselineDate.until(plannedDate, java.time.temporal.ChronoUnit.DAYS);
    }

    private static void checkDate(String field, LocalDate date, LocalDate projectStart) {
        if (date == null) {
            throw DomainException.invalid(field, "error.milestone.dateRequired");
        }
        if (projectStart != null && date.isBefore(projectStart)) {
            throw DomainException.invalid(field, "error.milestone.beforeProjectStart", date, projectStart);
        }
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
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

    public String getStage() {
        return stage;
    }

    public boolean isKey() {
        return key;
    }

    public LocalDate getBaselineDate() {
        return baselineDate;
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    public LocalDate getActualDate() {
        return actualDate;
    }

    public Instant getBaselineFrozenAt() {
        return baselineFrozenAt;
    }

    public Set<Long> getDecisionMakers() {
        return Set.copyOf(decisionMakers);
    }

    public int getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Milestone m && id != null && id.equals(m.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
