package org.solarpm.web.dailyreport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.solarpm.shared.DomainException;

/** Parsing of path values and enum names with errors that name the field and the allowed values. */
final class Inputs {

    private Inputs() {
    }

    static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw DomainException.invalid(field, "error.field.invalid");
        }
    }

    static LocalDate optionalDate(String value, String field) {
        return value == null || value.isBlank() ? null : date(value, field);
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw DomainException.invalid(field, "error.field.required");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw DomainException.invalid(field, "error.dailyReport.unknownValue", value, allowed);
        }
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw DomainException.invalid(field, "error.field.required");
        }
        return value;
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** A decimal as a plain JSON number: 420 rather than 420.000 or 4.2E+2. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
