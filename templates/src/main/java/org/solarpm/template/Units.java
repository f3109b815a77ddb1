package org.solarpm.template;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/** The units a template may use and how quantities in them are rounded. */
final class Units {

    /** Counted units: quantities are rounded up to whole pieces. */
    static final Set<String> COUNTED = Set.of("pcs", "set");
    /** Measured units: quantities are rounded half-up to three decimals. */
    static final Set<String> MEASURED = Set.of("m", "W", "kWp", "t");

    private Units() {
    }

    static boolean isKnown(String unit) {
        return COUNTED.contains(unit) || MEASURED.contains(unit);
    }

    static BigDecimal round(BigDecimal quantity, String unit) {
        BigDecimal rounded = COUNTED.contains(unit)
                ? quantity.setScale(0, RoundingMode.CEILING)
                : quantity.setScale(3, RoundingMode.HALF_UP);
        return QuantityRule.normalize(rounded);
    }
}
