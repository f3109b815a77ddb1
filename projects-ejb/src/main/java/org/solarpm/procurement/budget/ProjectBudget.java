package org.solarpm.procurement.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.solarpm.shared.DomainException;

/** The budget of one project per cost category, in CNY. Amounts are never negative. */
@Entity
@Table(name = "project_budget")
public class ProjectBudget {

    @Id
    @Column(name = "project_id")
    private Long projectId;

    @Column(nullable = false)
    private BigDecimal modules;

    @Column(nullable = false)
    private BigDecimal inverters;

    @Column(nullable = false)
    private BigDecimal racking;

    @Column(nullable = false)
    private BigDecimal cable;

    @Column(nullable = false)
    private BigDecimal civil;

    @Column(nullable = false)
    private BigDecimal labour;

    @Column(nullable = false)
    private BigDecimal other;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private long updatedBy;

    @Version
    private int version;

    protected ProjectBudget() {
    }

    public ProjectBudget(long projectId, Map<BudgetCategory, BigDecimal> amounts, long userId, Instant at) {
        this.projectId = projectId;
        change(amounts, userId, at);
    }

    /** Sets the given categories (the others keep their amounts). */
    public void change(Map<BudgetCategory, BigDecimal> amounts, long userId, Instant at) {
        for (var e : amounts.entrySet()) {
            BigDecimal v = e.getValue();
            if (v == null || v.signum() < 0) {
                throw DomainException.invalid("amounts." + e.getKey().name(), "error.budget.negative");
            }
            set(e.getKey(), v.setScale(2, RoundingMode.HALF_UP));
        }
        for (BudgetCategory c : BudgetCategory.values()) {
            if (amount(c) == null) {
                set(c, BigDecimal.ZERO.setScale(2));
            }
        }
        this.updatedBy = userId;
        this.updatedAt = at;
    }

    public Map<BudgetCategory, BigDecimal> amounts() {
        Map<BudgetCategory, BigDecimal> m = new EnumMap<>(BudgetCategory.class);
        for (BudgetCategory c : BudgetCategory.values()) {
            m.put(c, amount(c));
        }
        return m;
    }

    private BigDecimal amount(BudgetCategory c) {
        return switch (c) {
            case MODULES -> modules;
            case INVERTERS -> inverters;
            case RACKING -> racking;
            case CABLE -> cable;
            case CIVIL -> civil;
            case LABOUR -> labour;
            case OTHER -> other;
        };
    }

    private void set(BudgetCategory c, BigDecimal v) {
        switch (c) {
            case MODULES -> modules = v;
            case INVERTERS -> inverters = v;
            case RACKING -> racking = v;
            case CABLE -> cable = v;
            case CIVIL -> civil = v;
            case LABOUR -> labour = v;
            case OTHER -> other = v;
            default -> throw new IllegalArgumentException(c.name());
        }
    }

    public Long getProjectId() {
        return projectId;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ProjectBudget b && projectId != null && projectId.equals(b.projectId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(projectId);
    }
}
