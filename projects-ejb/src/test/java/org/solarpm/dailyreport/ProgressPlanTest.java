package org.solarpm.dailyreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed example. Work items: piles (id 1, weight 40, 100 pcs, 1-10 March), modules (id 2,
 * weight 60, 200 pcs, 6-15 March) and module capacity (id 3, weight 0, 110 kWp, 6-15 March).
 *
 * <p>Plan at the end of March d: piles 40 * min(1, d/10), modules 60 * min(1, max(0, d-5)/10), so
 * d=5: 20 %, d=6: 24+6 = 30 %, d=7: 28+12 = 40 %, d=8: 32+18 = 50 %, d=9: 36+24 = 60 %,
 * d=10: 40+30 = 70 %, d=11: 40+36 = 76 %, d=12: 40+42 = 82 %, d=15: 100 %.
 * Planned kWp on the 10th: 110 * 5/10 = 55.
 *
 * <p>Actual on the 10th: 80 piles (80 %) and 50 modules (25 %): 40*0.8 + 60*0.25 = 32 + 15 = 47 %.
 * The plan first reaches 47 % on the 8th (50 %), so the site is 8 - 10 = 2 days behind (-2).
 * 130 piles count as 100 % (capped at design): 40 + 15 = 55 %, first reached on the 9th: -1.
 * 100 piles and 140 modules (70 %): 40 + 42 = 82 %, which the plan reaches on the 12th: 2 days ahead.
 */
class ProgressPlanTest {

    private static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    private final ProgressPlan plan = new ProgressPlan(List.of(
            new ProgressPlan.Item(1, "PILE", 100, 40, march(1), march(10)),
            new ProgressPlan.Item(2, "MODULE_PCS", 200, 60, march(6), march(15)),
            new ProgressPlan.Item(3, "MODULE_KWP", 110, 0, march(6), march(15))), 110);

    @Test
    void shouldFollowTheWeightedPlanAndTheModuleWindowForKwp() {
        assertThat(plan.plannedFraction(march(8))).isCloseTo(0.50, within(1e-9));
        assertThat(plan.plannedFraction(march(10))).isCloseTo(0.70, within(1e-9));
        assertThat(plan.plannedKwp(march(10))).isCloseTo(55.0, within(1e-9));
        assertThat(plan.plannedKwp(march(5))).isZero();
        assertThat(plan.items().get(0).plannedQuantity(march(4))).isCloseTo(40.0, within(1e-9));
    }

    @Test
    void shouldWeighActualProgressLikeThePlan() {
        assertThat(plan.actualFraction(Map.of(1L, 80.0, 2L, 50.0, 3L, 27.5))).isCloseTo(0.47, within(1e-9));
        assertThat(plan.actualKwp(Map.of(1L, 80.0, 2L, 50.0, 3L, 27.5))).isEqualTo(27.5);
    }

    @Test
    void shouldBeTwoDaysBehindWhenFortySevenPercentIsDoneOnTheTenth() {
        double actual = plan.actualFraction(Map.of(1L, 80.0, 2L, 50.0));
        assertThat(plan.scheduleVarianceDays(march(10), actual)).isEqualTo(-2);
    }

    @Test
    void shouldCapOverReportedItemsAtTheirDesignQuantity() {
        double actual = plan.actualFraction(Map.of(1L, 130.0, 2L, 50.0));
        assertThat(actual).isCloseTo(0.55, within(1e-9));
        assertThat(plan.scheduleVarianceDays(march(10), actual)).isEqualTo(-1);
    }

    @Test
    void shouldBeTwoDaysAheadWhenEightyTwoPercentIsDoneOnTheTenth() {
        double actual = plan.actualFraction(Map.of(1L, 100.0, 2L, 140.0));
        assertThat(plan.scheduleVarianceDays(march(10), actual)).isEqualTo(2);
    }

    @Test
    void shouldStayOnScheduleAfterThePlanEndsWhenEverythingIsDone() {
        double actual = plan.actualFraction(Map.of(1L, 100.0, 2L, 200.0, 3L, 110.0));
        assertThat(actual).isCloseTo(1.0, within(1e-9));
        assertThat(plan.scheduleVarianceDays(march(30), actual)).isZero();
    }

    @Test
    void shouldKeepFallingBehindWhileNothingIsDone() {
        assertThat(plan.scheduleVarianceDays(march(10), 0)).isEqualTo(-10);
    }
}
