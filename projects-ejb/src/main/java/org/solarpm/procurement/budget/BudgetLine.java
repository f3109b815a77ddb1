package org.solarpm.procurement.budget;

import java.math.BigDecimal;

/** One cost category: budget vs committed (approved orders, tax included) vs received; variance = budget - committed. */
public record BudgetLine(BudgetCategory category, BigDecimal budget, BigDecimal committed, BigDecimal received) {

    public BigDecimal variance() {
        return budget.subtract(committed);
    }

    /** Committed as a share of the budget in percent; null without a budget. */
    public BigDecimal usedPct() {
        return budget.signum() == 0 ? null : committed.multiply(BigDecimal.valueOf(100)).divide(budget, 1, java.math.RoundingMode.HALF_UP);
    }

    public boolean overBudget() {
        return committed.compareTo(budget) > 0;
    }
}
