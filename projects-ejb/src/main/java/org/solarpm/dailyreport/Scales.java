package org.solarpm.dailyreport;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Decimal scales of the report columns, so that "420" and "420.000" compare equal (PUT idempotency). */
final class Scales {

    private Scales() {
    }

    static BigDecimal one(BigDecimal v) {
        return v == null ? null : v.setScale(1, RoundingMode.HALF_UP);
    }

    static BigDecimal three(BigDecimal v) {
        return v == null ? null : v.setScale(3, RoundingMode.HALF_UP);
    }

    static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
