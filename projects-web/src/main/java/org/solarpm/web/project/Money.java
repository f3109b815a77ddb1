package org.solarpm.web.project;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount of money as clients see it: a decimal string with its currency, e.g. {"amount": "1234.50", "currency": "CNY"}. */
public record Money(String amount, String currency) {

    public static Money cny(BigDecimal value) {
        return value == null ? null : new Money(value.setScale(2, RoundingMode.HALF_UP).toPlainString(), "CNY");
    }

    /** A price per Wp, kept to three decimals (e.g. 3.250 CNY/Wp). */
    public static Money cnyPerWp(BigDecimal value) {
        return value == null ? null : new Money(value.setScale(3, RoundingMode.HALF_UP).toPlainString(), "CNY");
    }
}
