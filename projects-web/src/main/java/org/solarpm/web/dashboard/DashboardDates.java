package org.solarpm.web.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.solarpm.shared.DomainException;

/** Query parameters of the dashboards, parsed by hand (no Bean Validation on query parameters). */
final class DashboardDates {

    private DashboardDates() {
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, "dashboard.error.date");
        }
    }

    static Long id(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id <= 0) {
                throw DomainException.invalid(field, "error.field.invalid");
            }
            return id;
        } catch (NumberFormatException e) {
            throw DomainException.invalid(field, "error.field.invalid");
        }
    }
}
