package org.solarpm.dailyreport;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When a day's construction report is due. The report for day D is on time until the deadline
 * (default 24:00 of D, local time), late until the end of the grace window (default 09:00 of D+1),
 * and late-after-grace beyond it. Offsets are measured from the start of D in the company zone, so
 * "24:00" is 24 h and "09:00 next day" is 33 h; a grace time earlier than the deadline time is read
 * as next day. Daylight-saving gaps do not exist in Asia/Shanghai but are handled by the zone rules.
 */
public final class DeadlinePolicy {

    public static final DeadlinePolicy DEFAULT = of("24:00", "09:00", ZoneId.of("Asia/Shanghai"));

    /** How a submission (or its absence) stands against the policy. */
    public enum Timeliness { ON_TIME, LATE, LATE_AFTER_GRACE }

    private final Duration deadline;
    private final Duration graceEnd;
    private final ZoneId zone;

    private DeadlinePolicy(Duration deadline, Duration graceEnd, ZoneId zone) {
        if (graceEnd.compareTo(deadline) < 0) {
            throw new IllegalArgumentException("grace window must end after the deadline");
        }
        this.deadline = deadline;
        this.graceEnd = graceEnd;
        this.zone = Objects.requireNonNull(zone);
    }

    /**
     * @param deadline "HH:mm" on the report day, "24:00" meaning midnight at its end
     * @param graceEnd "HH:mm"; on the next day when not after the deadline time
     */
    public static DeadlinePolicy of(String deadline, String graceEnd, ZoneId zone) {
        Duration d = offset(deadline);
        Duration g = offset(graceEnd);
        if (g.compareTo(d) <= 0) {
            g = g.plusDays(1);
        }
        return new DeadlinePolicy(d, g, zone);
    }

    static Duration offset(String hhmm) {
        if (hhmm == null || !hhmm.matches("\\d{1,2}:\\d{2}")) {
            throw new IllegalArgumentException("time must look like HH:mm: " + hhmm);
        }
        String[] parts = hhmm.split(":");
        int h = Integer.parseInt(parts[0]);
        int m = Integer.parseInt(parts[1]);
        if (h > 24 || m > 59 || (h == 24 && m > 0)) {
            throw new IllegalArgumentException("not a time of day: " + hhmm);
        }
        return Duration.ofHours(h).plusMinutes(m);
    }

    public Instant deadlineOf(LocalDate reportDate) {
        return at(reportDate, deadline);
    }

    public Instant graceEndOf(LocalDate reportDate) {
        return at(reportDate, graceEnd);
    }

    private Instant at(LocalDate day, Duration offset) {
        ZonedDateTime start = day.atStartOfDay(zone);
        return start.plus(offset).toInstant();
    }

    /** Submitted exactly at the deadline counts as on time; exactly at the grace end as late. */
    public Timeliness classify(LocalDate reportDate, Instant submittedAt) {
        if (!submittedAt.isAfter(deadlineOf(reportDate))) {
            return Timeliness.ON_TIME;
        }
        if (!submittedAt.isAfter(graceEndOf(reportDate))) {
            return Timeliness.LATE;
        }
        return Timeliness.LATE_AFTER_GRACE;
    }

    /** True once nothing submitted for the day can be on time any more: the site lead is nudged. */
    public boolean isOverdue(LocalDate reportDate, Instant now) {
        return now.isAfter(deadlineOf(reportDate));
    }

    /** True once the grace window has closed: a report not yet submitted counts as missing. */
    public boolean isMissing(LocalDate reportDate, Instant now) {
        return now.isAfter(graceEndOf(reportDate));
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalTime deadlineTime() {
        return LocalTime.MIDNIGHT.plus(deadline);
    }

    public LocalTime graceEndTime() {
        return LocalTime.MIDNIGHT.plus(graceEnd);
    }
}
