package org.solarpm.web.project;

import java.math.BigDecimal;

/** A quantity with its unit, e.g. {"value": "92000", "unit": "pcs"}. */
public record Quantity(String value, String unit) {

    public static Quantity of(BigDecimal value, String unit) {
        return value == null ? null : new Quantity(value.stripTrailingZeros().toPlainString(), unit);
    }
}
