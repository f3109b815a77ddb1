package org.solarpm.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Reading values of native query rows whatever JDBC type the driver chose. */
final class Rows {

    private Rows() {
    }

    static double num(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }

    static int integer(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    static long id(Object value) {
        return ((Number) value).longValue();
    }

    static BigDecimal decimal(Object value) {
        return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }

    static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
