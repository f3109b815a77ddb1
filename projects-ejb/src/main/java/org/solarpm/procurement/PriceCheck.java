package org.solarpm.procurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.solarpm.shared.Messages;

/**
 * The verdict on one price against its history, with the numbers behind it and a plain-language
 * explanation. Prices are normalised (CNY per {@code priceUnit}); percentages are rounded to 0.1.
 */
public record PriceCheck(PriceVerdict verdict, BigDecimal price, QuantityUnit priceUnit, Basis basis, int sampleSize,
                         BigDecimal median, BigDecimal p10, BigDecimal p90, BigDecimal expected, BigDecimal deviationPct,
                         BigDecimal deviationFromMedianPct, BigDecimal trendPctPerMonth, boolean trendApplied,
                         int windowDays, LocalDate date, String explanation) {

    /** Whose history the verdict rests on. */
    public enum Basis { MATERIAL, SPEC_CLASS, NONE }

    /** Scores {@code price} (already normalised) against the samples of the window ending at {@code date}. */
    public static PriceCheck assess(double price, QuantityUnit priceUnit, List<PriceSample> samples, Basis basis, LocalDate date,
                                    PriceCheckPolicy policy, Locale locale) {
        if (samples.size() < policy.minSamples()) {
            String text = Messages.get(locale, "price.check.noHistory", String.valueOf(policy.windowDays()),
                    String.valueOf(samples.size()), String.valueOf(policy.minSamples()));
            return new PriceCheck(PriceVerdict.NO_HISTORY, money(price), priceUnit, Basis.NONE, samples.size(), null, null, null,
                    null, null, null, null, false, policy.windowDays(), date, text);
        }
        PriceStatistics.Summary s = PriceStatistics.summarise(samples, date, policy);
        double deviation = (price - s.expected()) / s.expected() * 100;
        double fromMedian = (price - s.median()) / s.median() * 100;
        PriceVerdict verdict = policy.judge(deviation);
        String text = explain(verdict, s, deviation, priceUnit, basis, date, policy, locale);
        return new PriceCheck(verdict, money(price), priceUnit, basis, s.sampleSize(), money(s.median()), money(s.p10()),
                money(s.p90()), money(s.expected()), pct(deviation), pct(fromMedian), pct(s.trendPctPerMonth()), s.trendApplied(),
                policy.windowDays(), date, text);
    }

    private static String explain(PriceVerdict verdict, PriceStatistics.Summary s, double deviation, QuantityUnit unit,
                                  Basis basis, LocalDate date, PriceCheckPolicy policy, Locale locale) {
        String direction = deviation >= 0 ? "above" : "below";
        String unitLabel = Messages.get(locale, "price.unit." + unit.symbol());
        String key = (s.trendApplied() ? "price.check.trend." : "price.check.median.") + direction;
        String text = Messages.get(locale, key,
                String.valueOf(policy.windowDays()),
                display(s.trendApplied() ? s.expected() : s.median()),
                unitLabel,
                "",
                displayPct(Math.abs(deviation)),
                String.valueOf(s.sampleSize()),
                display(s.p10()),
                display(s.p90()),
                signedPct(s.trendPctPerMonth()),
                date.toString(),
                display(s.median()));
        String prefix = Messages.get(locale, "price.verdict." + verdict.name());
        String suffix = basis == Basis.SPEC_CLASS ? Messages.get(locale, "price.check.basis.specClass") : "";
        return prefix + text + suffix;
    }

    /** 0.695 -> "0.695", 0.70 -> "0.70", 1234.5 -> "1234.50": at least two decimals, three below 1. */
    static String display(double value) {
        BigDecimal v = BigDecimal.valueOf(value).setScale(value < 1 ? 3 : 2, RoundingMode.HALF_UP);
        if (v.scale() == 3 && v.unscaledValue().mod(java.math.BigInteger.TEN).signum() == 0) {
            v = v.setScale(2, RoundingMode.UNNECESSARY);
        }
        return v.toPlainString();
    }

    static String displayPct(double pct) {
        return pct >= 10 ? String.valueOf(Math.round(pct)) : BigDecimal.valueOf(pct).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static String signedPct(double pct) {
        return (pct >= 0 ? "+" : "−") + BigDecimal.valueOf(Math.abs(pct)).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static BigDecimal money(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP);
    }

    private static BigDecimal pct(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP);
    }
}
