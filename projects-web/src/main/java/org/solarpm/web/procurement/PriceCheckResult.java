package org.solarpm.web.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.solarpm.procurement.PriceCheck;

/** The answer of {@code POST /price-checks}; prices are normalised, in CNY per {@code priceUnit}. */
public record PriceCheckResult(String verdict, BigDecimal normalisedPrice, String priceUnit, String currency, BigDecimal median,
                               BigDecimal p10, BigDecimal p90, int sampleSize, BigDecimal expectedPrice, BigDecimal deviationPct,
                               BigDecimal deviationFromMedianPct, BigDecimal trendPctPerMonth, boolean trendApplied, String basis,
                               int windowDays, LocalDate date, String explanation) {

    static PriceCheckResult of(PriceCheck c) {
        return new PriceCheckResult(c.verdict().name(), c.price(), c.priceUnit().symbol(), "CNY", c.median(), c.p10(), c.p90(),
                c.sampleSize(), c.expected(), c.deviationPct(), c.deviationFromMedianPct(), c.trendPctPerMonth(), c.trendApplied(),
                c.basis().name(), c.windowDays(), c.date(), c.explanation());
    }
}
