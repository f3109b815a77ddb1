package org.solarpm.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.solarpm.procurement.PriceCheck.Basis;
import org.solarpm.shared.Messages;

/** Verdicts on realistic module price series (CNY/W), without a container. */
class PriceCheckTest {

    private static final PriceCheckPolicy POLICY = PriceCheckPolicy.DEFAULT;
    private static final LocalDate END = LocalDate.of(2025, 9, 1);

    /** Three purchases a week along a log-linear path from {@code start} to {@code end} over {@code days}, noise ±{@code noise}. */
    static List<PriceSample> series(double start, double end, int days, double noise, long seed) {
        Random random = new Random(seed);
        List<PriceSample> samples = new ArrayList<>();
        for (int d = 0; d <= days; d += 2 + random.nextInt(3)) {
            double price = start * Math.pow(end / start, d / (double) days) * (1 + (random.nextDouble() * 2 - 1) * noise);
            samples.add(new PriceSample(END.minusDays(days - d), price));
        }
        return samples;
    }

    private static PriceCheck check(double price, List<PriceSample> samples, LocalDate date, Locale locale) {
        return PriceCheck.assess(price, QuantityUnit.W, samples, Basis.MATERIAL, date, POLICY, locale);
    }

    private static double lastMonthMedian(List<PriceSample> samples) {
        double[] p = samples.stream().filter(s -> s.date().isAfter(END.minusDays(30))).mapToDouble(PriceSample::price).sorted().toArray();
        return PriceStatistics.percentile(p, 50);
    }

    @Test
    void shouldFlagAPriceSlightlyBelowLastMonthAsHighInASteepDowntrend() {
        // 2023-like collapse: 0.95 -> 0.75 CNY/W within 180 days (about -3.9 % a month)
        List<PriceSample> falling = series(0.95, 0.75, 180, 0.01, 7);
        double lastMonth = lastMonthMedian(falling);
        double offered = lastMonth * 0.99;
        PriceCheck result = check(offered, falling, END.plusDays(60), Messages.EN);

        assertThat(result.trendApplied()).isTrue();
        assertThat(result.trendPctPerMonth().doubleValue()).isBetween(-4.5, -3.0);
        assertThat(result.deviationFromMedianPct().doubleValue()).as("cheaper than the window median").isNegative();
        assertThat(result.verdict()).isEqualTo(PriceVerdict.HIGH);
        assertThat(result.expected().doubleValue()).isLessThan(offered);
        assertThat(result.explanation()).startsWith("High: +").contains("given the recent trend of −").contains("CNY/W");
    }

    @Test
    void shouldAcceptThePriceOnTheTrendLineOfAFallingMarket() {
        List<PriceSample> falling = series(0.95, 0.75, 180, 0.01, 11);
        double onTrend = 0.75 * Math.pow(0.75 / 0.95, 30 / 180.0);
        PriceCheck result = check(onTrend, falling, END.plusDays(30), Messages.ZH_CN);
        assertThat(result.verdict()).isEqualTo(PriceVerdict.NORMAL);
        assertThat(Math.abs(result.deviationPct().doubleValue())).isLessThan(3);
        assertThat(result.explanation()).startsWith("正常：").contains("预期价").contains("元/W");
    }

    @Test
    void shouldFlagADeliberateThirtyPercentOutlierInAFlatMarket() {
        List<PriceSample> flat = series(0.70, 0.70, 180, 0.03, 3);
        PriceCheck result = check(0.70 * 1.30, flat, END.plusDays(5), Messages.EN);
        assertThat(result.verdict()).isEqualTo(PriceVerdict.HIGH);
        assertThat(result.trendApplied()).isFalse();
        assertThat(result.deviationPct().doubleValue()).isBetween(26.0, 34.0);
        assertThat(result.explanation()).matches("High: \\+\\d+% vs the 180-day median of 0\\.\\d+ CNY/W from \\d+ purchases \\(p10 0\\.\\d+, p90 0\\.\\d+\\)");
    }

    @Test
    void shouldExplainInChineseLikeTheBuyerReadsIt() {
        List<PriceSample> six = new ArrayList<>();
        double[] prices = {0.70, 0.72, 0.68, 0.76, 0.69, 0.70};
        for (int i = 0; i < prices.length; i++) {
            six.add(new PriceSample(END.minusDays(20L * i), prices[i]));
        }
        PriceCheck result = check(0.854, six, END, Messages.ZH_CN);
        assertThat(result.verdict()).isEqualTo(PriceVerdict.HIGH);
        assertThat(result.sampleSize()).isEqualTo(6);
        assertThat(result.median()).isEqualByComparingTo("0.70");
        assertThat(result.explanation()).isEqualTo("偏高：比 180 天中位价 0.70 元/W 高 22%（6 笔采购，P10 0.685，P90 0.74）");
    }

    @Test
    void shouldNotBendTheTrendForOneOutlierInTheHistory() {
        List<PriceSample> flat = new ArrayList<>(series(0.70, 0.70, 180, 0.005, 5));
        flat.add(new PriceSample(END.minusDays(1), 1.40));
        PriceCheck result = check(0.71, flat, END, Messages.EN);
        assertThat(result.verdict()).isEqualTo(PriceVerdict.NORMAL);
        assertThat(result.median().doubleValue()).isBetween(0.69, 0.71);
    }

    @Test
    void shouldCallAVeryCheapOfferLowAndTinyHistoryNoHistory() {
        List<PriceSample> flat = series(0.70, 0.70, 180, 0.02, 9);
        assertThat(check(0.55, flat, END, Messages.EN).verdict()).isEqualTo(PriceVerdict.LOW);
        PriceCheck none = check(0.70, flat.subList(0, 2), END, Messages.EN);
        assertThat(none.verdict()).isEqualTo(PriceVerdict.NO_HISTORY);
        assertThat(none.median()).isNull();
        assertThat(none.explanation()).contains("only 2 purchases").contains("at least 3");
    }

    @Test
    void shouldHonourConfiguredThresholds() {
        List<PriceSample> flat = series(0.70, 0.70, 180, 0.0, 1);
        PriceCheckPolicy strict = new PriceCheckPolicy(180, 3, 3, 3, 6, 45, 0.5, 90);
        assertThat(PriceCheck.assess(0.735, QuantityUnit.W, flat, Basis.MATERIAL, END, strict, Messages.EN).verdict()).isEqualTo(PriceVerdict.HIGH);
        assertThat(check(0.735, flat, END, Messages.EN).verdict()).isEqualTo(PriceVerdict.NORMAL);
        assertThat(POLICY.judge(8.01)).isEqualTo(PriceVerdict.HIGH);
        assertThat(POLICY.judge(8.0)).isEqualTo(PriceVerdict.NORMAL);
        assertThat(POLICY.judge(-12.01)).isEqualTo(PriceVerdict.LOW);
    }

    @Test
    void shouldNotExtrapolateTheTrendFarBeyondTheNewestPurchase() {
        List<PriceSample> falling = series(0.95, 0.75, 180, 0.0, 2);
        PriceCheck in90 = check(0.70, falling, END.plusDays(90), Messages.EN);
        PriceCheck in400 = check(0.70, falling, END.plusDays(400), Messages.EN);
        assertThat(in400.expected()).isEqualByComparingTo(in90.expected());
        assertThat(in400.expected().doubleValue()).isGreaterThan(0.5);
    }

    @Test
    void shouldFitTheTrendToWeeklyMediansForLargeWindows() {
        List<PriceSample> many = new ArrayList<>();
        Random random = new Random(4);
        for (int i = 0; i < 5000; i++) {
            int day = random.nextInt(180);
            many.add(new PriceSample(END.minusDays(180 - day), 0.95 - 0.20 * day / 180.0 + (random.nextDouble() - 0.5) * 0.02));
        }
        long start = System.nanoTime();
        PriceStatistics.Summary s = PriceStatistics.summarise(many, END, POLICY);
        long micros = (System.nanoTime() - start) / 1000;
        assertThat(s.sampleSize()).isEqualTo(5000);
        assertThat(s.expected()).isBetween(0.74, 0.76);
        assertThat(micros).as("statistics of 5000 samples in microseconds").isLessThan(200_000);
    }

    @Test
    void shouldComputeTypeSevenPercentiles() {
        double[] v = {1, 2, 3, 4, 5};
        assertThat(PriceStatistics.percentile(v, 50)).isEqualTo(3);
        assertThat(PriceStatistics.percentile(v, 10)).isEqualTo(1.4, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(PriceStatistics.percentile(v, 90)).isEqualTo(4.6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(PriceCheck.display(0.695)).isEqualTo("0.695");
        assertThat(PriceCheck.display(0.7)).isEqualTo("0.70");
        assertThat(PriceCheck.display(1234.5)).isEqualTo("1234.50");
    }
}
