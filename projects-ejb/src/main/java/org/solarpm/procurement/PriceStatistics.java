package org.solarpm.procurement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Robust statistics of a price history window: median, p10/p90 and a Theil–Sen trend (the median
 * of pairwise slopes, so single outliers do not bend it). With a clear trend the expected price at
 * the check date is the trend line there, not the window median: in a falling market last month's
 * price is already too high. Plain Java, no container.
 */
public final class PriceStatistics {

    /** Above this many samples the trend is fitted to weekly medians, keeping the pairwise step small. */
    static final int RAW_PAIR_LIMIT = 60;
    private static final double DAYS_PER_MONTH = 30.0;

    private PriceStatistics() {
    }

    /** What the window says; {@code expected} is where the price should be at the check date. */
    public record Summary(int sampleSize, double median, double p10, double p90, double trendPctPerMonth,
                          boolean trendApplied, double expected, LocalDate first, LocalDate last) {
    }

    public static Summary summarise(List<PriceSample> samples, LocalDate at, PriceCheckPolicy policy) {
        int n = samples.size();
        if (n == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, 0, false, Double.NaN, null, null);
        }
        double[] prices = samples.stream().mapToDouble(PriceSample::price).sorted().toArray();
        double median = percentile(prices, 50);
        LocalDate first = samples.stream().map(PriceSample::date).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = samples.stream().map(PriceSample::date).max(LocalDate::compareTo).orElseThrow();

        List<double[]> points = n <= RAW_PAIR_LIMIT ? rawPoints(samples) : weeklyMedians(samples);
        double slopePerDay = theilSenSlope(points);
        double trendPctPerMonth = median > 0 ? slopePerDay * DAYS_PER_MONTH / median * 100 : 0;
        boolean trendApplied = points.size() >= policy.minTrendPoints()
                && last.toEpochDay() - first.toEpochDay() >= policy.minTrendSpanDays()
                && Math.abs(trendPctPerMonth) >= policy.minTrendPctPerMonth();
        double expected = median;
        if (trendApplied) {
            // never extrapolate far beyond the newest purchase
            long target = Math.min(at.toEpochDay(), last.toEpochDay() + policy.maxExtrapolationDays());
            double[] intercepts = new double[points.size()];
            for (int i = 0; i < intercepts.length; i++) {
                intercepts[i] = points.get(i)[1] - slopePerDay * (points.get(i)[0] - target);
            }
            Arrays.sort(intercepts);
            expected = percentile(intercepts, 50);
            if (expected <= 0) {
                expected = median;
                trendApplied = false;
            }
        }
        return new Summary(n, median, percentile(prices, 10), percentile(prices, 90), trendPctPerMonth, trendApplied,
                expected, first, last);
    }

    /** Linear interpolation between closest ranks of sorted values (the common "type 7" definition). */
    static double percentile(double[] sorted, double pct) {
        if (sorted.length == 1) {
            return sorted[0];
        }
        double rank = pct / 100 * (sorted.length - 1);
        int lo = (int) Math.floor(rank);
        int hi = (int) Math.ceil(rank);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
    }

    private static List<double[]> rawPoints(List<PriceSample> samples) {
        List<double[]> points = new ArrayList<>(samples.size());
        for (PriceSample s : samples) {
            points.add(new double[] {s.date().toEpochDay(), s.price()});
        }
        return points;
    }

    private static List<double[]> weeklyMedians(List<PriceSample> samples) {
        Map<Long, List<Double>> byWeek = new TreeMap<>();
        for (PriceSample s : samples) {
            byWeek.computeIfAbsent(s.date().toEpochDay() / 7, k -> new ArrayList<>()).add(s.price());
        }
        List<double[]> points = new ArrayList<>(byWeek.size());
        byWeek.forEach((week, prices) -> {
            double[] sorted = prices.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            points.add(new double[] {week * 7 + 3, percentile(sorted, 50)});
        });
        return points;
    }

    /** Median of the slopes between all pairs of points on different days; 0 without such pairs. */
    static double theilSenSlope(List<double[]> points) {
        int m = points.size();
        double[] slopes = new double[m * (m - 1) / 2];
        int k = 0;
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                double dx = points.get(j)[0] - points.get(i)[0];
                if (dx != 0) {
                    slopes[k++] = (points.get(j)[1] - points.get(i)[1]) / dx;
                }
            }
        }
        if (k == 0) {
            return 0;
        }
        double[] used = Arrays.copyOf(slopes, k);
        Arrays.sort(used);
        return percentile(used, 50);
    }
}
