package org.solarpm.milestone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;

/** A project milestone: the baseline date fixed at creation, the current planned date, and the actual date once reached. */
@Entity
@Table(name = "milestone")
@NamedQuery(name = Milestone.OF_PROJECT, query = "SELECT m FROM Milestone m WHERE m.projectId = :projectId ORDER BY m.plannedDate, m.id")
@NamedQuery(name = Milestone.COUNT_OF_PROJECT, query = "SELECT COUNT(m) FROM Milestone m WHERE m.projectId = :projectId")
public class Milestone {

    public static final String OF_PROJECT = "Milestone.ofProject";
    public static final String COUNT_OF_PROJECT = "Milestone.countOfProject";

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

    @Column(name = "baseline_date", nullable = false, updatable = false)
    private LocalDate baselineDate;

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
