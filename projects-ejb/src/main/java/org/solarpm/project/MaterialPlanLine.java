package org.solarpm.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;
import org.solarpm.template.MaterialCategory;
import org.solarpm.template.PlannedMaterial;

/** A line of the project's material plan (bill of materials scaled to the capacity) with its budget in CNY. */
@Entity
@Table(name = "material_plan_line")
@NamedQuery(name = MaterialPlanLine.OF_PROJECT, query = "SELECT m FROM MaterialPlanLine m WHERE m.projectId = :projectId ORDER BY m.position")
@NamedQuery(name = MaterialPlanLine.COUNT_OF_PROJECT, query = "SELECT COUNT(m) FROM MaterialPlanLine m WHERE m.projectId = :projectId")
public class MaterialPlanLine {

    public static final String OF_PROJECT = "MaterialPlanLine.ofProject";
    public static final String COUNT_OF_PROJECT = "MaterialPlanLine.countOfProject";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(nullable = false)
    private int position;

    @Column(name = "material_code", nullable = false, length = 40)
    private String materialCode;

    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private MaterialCategory category;

    @Column(nullable = false, length = 8)
    private String unit;

    @Column(name = "planned_quantity", nullable = false, precision = 16, scale = 3)
    private BigDecimal plannedQuantity;

    @Column(precision = 16, scale = 2)
    private BigDecimal budget;

    protected MaterialPlanLine() {
    }

    public MaterialPlanLine(long projectId, int position, PlannedMaterial planned) {
        this.projectId = projectId;
        this.position = position;
        this.materialCode = planned.materialCode();
        this.nameZh = planned.name().zh();
        this.nameEn = planned.name().en();
        this.category = planned.category();
        this.unit = planned.unit();
        this.plannedQuantity = planned.quantity();
        this.budget = planned.budgetCny();
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getMaterialCode() {
        return materialCode;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public MaterialCategory getCategory() {
        return category;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getPlannedQuantity() {
        return plannedQuantity;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof MaterialPlanLine m && id != null && id.equals(m.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
