package org.solarpm.dailyreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlannedCurveTest {

    private static final LocalDate D1 = LocalDate.of(2026, 3, 1);

    /**
     * Hand-computed example: piling (weight 40) planned over 1-10 March, modules (weight 60) over
     * 6-15 March. On 10 March the plan expects 40 + 60 * 5/10 = 70 %. If the site has really done 55 %
     * the plan reached 55 % on 8 March (40*8/10 + 60*3/10 = 32 + 18 = 50 % on the 8th, 36 + 24 = 60 %
     * on the 9th, so first at or above 55 % on the 9th): one day behind.
     */
    private final PlannedCurve curve = new PlannedCurve(List.of(
            new PlannedCurve.Segment(new BigDecimal("40"), D1, D1.plusDays(9)),
            new PlannedCurve.Segment(new BigDecimal("60"), D1.plusDays(5), D1.plusDays(14))));

    @Test
    void shouldComputeThePlannedFractionFromWeightedLinearSegments() {
        assertThat(curve.plannedFraction(D1.minusDays(1))).isEqualTo(0.0);
        assertThat(curve.plannedFraction(D1)).isCloseTo(0.04, within(1e-9));
        assertThat(curve.plannedFraction(D1.plusDays(9))).isCloseTo(0.70, within(1e-9));
        assertThat(curve.plannedFraction(D1.plusDays(14))).isCloseTo(1.0, within(1e-9));
        assertThat(curve.plannedFraction(D1.plusDays(40))).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void shouldReportDaysBehindWhenActualProgressLagsThePlan() {
        assertThat(curve.scheduleVarianceDays(D1.plusDays(9), 0.55)).isEqualTo(-1);
        assertThat(curve.scheduleVarianceDays(D1.plusDays(9), 0.32)).isEqualTo(-3);
    }

    @Test
    void shouldReportDaysAheadWhenActualProgressLeadsThePlan() {
        assertThat(curve.scheduleVarianceDays(D1.plusDays(9), 0.88)).isEqualTo(3);
    }

    @Test
    void shouldBeOnScheduleWhenActualEqualsPlan() {
        assertThat(curve.scheduleVarianceDays(D1.plusDays(9), 0.70)).isZero();
    }

    @Test
    void shouldCountEveryDaySinceThePlanStartWhenNothingWasDone() {
        assertThat(curve.scheduleVarianceDays(D1.plusDays(4), 0.0)).isEqualTo(-5);
        assertThat(curve.scheduleVarianceDays(D1.minusDays(3), 0.0)).isZero();
    }

    @Test
    void shouldNotCallAFinishedProjectBehindAfterItsPlanEnded() {
        assertThat(curve.scheduleVarianceDays(D1.plusDays(40), 1.0)).isZero();
        assertThat(curve.scheduleVarianceDays(D1.plusDays(40), 0.70)).isEqualTo(-31);
    }
}
