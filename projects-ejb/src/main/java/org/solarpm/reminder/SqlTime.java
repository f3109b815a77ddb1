package org.solarpm.reminder;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Instants in native SQL the way {@code InstantConverter} stores them: UTC DATETIME(3), whatever the JVM or session zone. */
final class SqlTime {

    private SqlTime() {
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(Object column) {
        if (column == null) {
            return null;
        }
        if (column instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) column).toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
