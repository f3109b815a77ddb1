package org.solarpm.dailyreport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A construction quantity tracked by daily reports (piles, modules, cable metres...): its design
 * quantity from the template and capacity, its weight in overall progress and its planned window.
 */
@Entity
@Table(name = "work_item")
@NamedQuery(name = WorkItem.OF_PROJECT, query = "SELECT w FROM WorkItem w WHERE w.projectId = :projectId ORDER BY w.position")
@NamedQuery(name = WorkItem.COUNT_OF_PROJECT, query = "SELECT COUNT(w) FROM WorkItem w WHERE w.projectId = :projectId")
public class WorkItem {

    public static final String OF_PROJECT = "WorkItem.ofProject";
    public static final String COUNT_OF_PROJECT = "WorkItem.countOfProject";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(nullable = false, length = 8)
    private String unit;

    @Column(name = "design_quantity", nullable = false, precision = 16, scale = 3)
    private BigDecimal designQuantity;

    @Column(nullable = false, precision = 6, scale = 2)
    private BigDecimal weight;

    @Column(name = "planned_start", nullable = false)
    private LocalDate plannedStart;

    @Column(name = "planned_end", nullable = false)
    private LocalDate plannedEnd;

    @Version
    private int version;

    protected WorkItem() {
    }

    public WorkItem(long projectId, int position, String code, String nameZh, String nameEn, String unit,
                    BigDecimal designQuantity, BigDecimal weight, LocalDate plannedStart, LocalDate plannedEnd) {
        this.projectId = projectId;
        this.position = position;
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.unit = unit;
        this.designQuantity = designQuantity;
        this.weight = weight;
        this.plannedStart = plannedStart;
        this.plannedEnd = plannedEnd;
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

    public String getUnit() {
        return unit;
    }

    public BigDecimal getDesignQuantity() {
        return designQuantity;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public int getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof WorkItem w && id != null && id.equals(w.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
