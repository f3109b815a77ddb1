package org.solarpm.procurement.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MaterialStatusTest {

    private static ProjectCosts.PlanRow row(String planned, String ordered, String received, String consumed) {
        return new ProjectCosts.PlanRow(1, 1, "PV_MODULE", "组件", "Module", "MODULE", "pcs", new BigDecimal(planned), null,
                new BigDecimal(ordered), new BigDecimal(received), consumed == null ? null : new BigDecimal(consumed));
    }

    @Test
    void shouldWarnWhileLessIsOrderedThanPlanned() {
        MaterialStatus s = MaterialStatus.of(row("1695", "1000", "250", "0"));
        assertThat(s.toOrder()).isEqualByComparingTo("695");
        assertThat(s.onSite()).isEqualByComparingTo("250");
        assertThat(s.warnings()).containsExactly(MaterialStatus.Warning.NOT_FULLY_ORDERED);
    }

    @Test
    void shouldWarnWhenTheSiteConsumesMoreThanArrivedOrThanPlanned() {
        MaterialStatus s = MaterialStatus.of(row("100", "120", "90", "110"));
        assertThat(s.toOrder()).isZero();
        assertThat(s.onSite()).isEqualByComparingTo("-20");
        assertThat(s.warnings()).containsExactly(MaterialStatus.Warning.OVER_PLAN, MaterialStatus.Warning.CONSUMED_MORE_THAN_RECEIVED,
                MaterialStatus.Warning.CONSUMED_OVER_PLAN);
    }

    @Test
    void shouldNotGuessStockWithoutConsumption() {
        MaterialStatus s = MaterialStatus.of(row("100", "100", "100", null));
        assertThat(s.onSite()).isNull();
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    void shouldComputeVarianceAsBudgetMinusCommitted() {
        BudgetLine over = new BudgetLine(BudgetCategory.MODULES, new BigDecimal("400000.00"), new BigDecimal("458780.00"), BigDecimal.ZERO);
        assertThat(over.variance()).isEqualByComparingTo("-58780.00");
        assertThat(over.overBudget()).isTrue();
        assertThat(over.usedPct()).isEqualByComparingTo("114.7");
        assertThat(new BudgetLine(BudgetCategory.CIVIL, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO).usedPct()).isNull();
        assertThat(BudgetCategory.ofMaterialCategory("AC_CABLE")).isEqualTo(BudgetCategory.CABLE);
        assertThat(BudgetCategory.ofMaterialCategory("GROUNDING")).isEqualTo(BudgetCategory.OTHER);
    }
}
