package org.solarpm.procurement;

/**
 * The thresholds of the price check (MicroProfile Config {@code solarpm.price-check.*}).
 *
 * @param windowDays           history window before the check date
 * @param minSamples           fewer samples of the material itself: fall back to its spec class; fewer there: NO_HISTORY
 * @param highPct              a price more than this % above the expected price is HIGH
 * @param lowPct               a price more than this % below the expected price is LOW
 * @param minTrendPoints       points (samples or weekly medians) needed before a trend is used
 * @param minTrendSpanDays     days the samples must span before a trend is used
 * @param minTrendPctPerMonth  smaller trends are treated as flat
 * @param maxExtrapolationDays the trend line is followed at most this far past the newest sample
 */
public record PriceCheckPolicy(int windowDays, int minSamples, double highPct, double lowPct, int minTrendPoints,
                               int minTrendSpanDays, double minTrendPctPerMonth, int maxExtrapolationDays) {

    public static final PriceCheckPolicy DEFAULT = new PriceCheckPolicy(180, 3, 8, 12, 6, 45, 0.5, 90);

    public PriceCheckPolicy {
        if (windowDays < 1 || minSamples < 1 || highPct <= 0 || lowPct <= 0) {
            throw new IllegalArgumentException("price check thresholds must be positive");
        }
    }

    public PriceCheckPolicy withWindowDays(int days) {
        return new PriceCheckPolicy(days, minSamples, highPct, lowPct, minTrendPoints, minTrendSpanDays, minTrendPctPerMonth,
                maxExtrapolationDays);
    }

    /** NORMAL, HIGH or LOW for a price deviating {@code deviationPct} from the expected price. */
    public PriceVerdict judge(double deviationPct) {
        if (deviationPct > highPct) {
            return PriceVerdict.HIGH;
        }
        if (deviationPct < -lowPct) {
            return PriceVerdict.LOW;
        }
        return PriceVerdict.NORMAL;
    }
}
