package org.solarpm.bench;

import java.util.Arrays;

/** Median and percentiles of measured samples. */
public final class Stats {

    private Stats() {
    }

    public static double percentile(double[] samples, double p) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    public static String summary(String name, double[] samples, String unit) {
        Results.samples(name, samples, unit);
        return String.format("%-40s n=%-6d median %.1f %s  p95 %.1f %s  min %.1f  max %.1f",
                name, samples.length, percentile(samples, 50), unit, percentile(samples, 95), unit,
                Arrays.stream(samples).min().orElse(0), Arrays.stream(samples).max().orElse(0));
    }
}
