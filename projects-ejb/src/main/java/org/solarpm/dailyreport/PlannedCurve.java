package org.solarpm.dailyreport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The planned S-curve of a project: each work item contributes its weight linearly between its
 * planned start and end, so the sum over items rises slowly, steeply, then slowly again. Schedule
 * variance compares actual cumulative progress with this curve: how many days earlier or later the
 * plan expected to reach the progress actually achieved.
 */
public final class PlannedCurve {

    /** One work item's share of the plan. */
    public record Segment(BigDecimal weight, LocalDate start, LocalDate end) {
        public Segment {
            if (end.isBefore(start)) {
                throw new IllegalArgumentException("planned end before start");
            }
        }
    }

    private final List<Segment> segments;
    private final double totalWeight;

    public PlannedCurve(List<Segment> segments) {
        this.segments = List.copyOf(segments);
        this.totalWeight = segments.stream().mapToDouble(s -> s.weight().doubleValue()).sum();
    }

    /** Planned fraction complete (0..1) at the end of {@code day}. */
    public double plannedFraction(LocalDate day) {
        if (totalWeight <= 0) {
            return 0;
        }
        double sum = 0;
        for (Segment s : segments) {
            sum += s.weight().doubleValue() * share(s.start(), s.end(), day);
        }
        return sum / totalWeight;
    }

    /** The planned share (0..1) of a window [start, end] done at the end of {@code day}: linear, whole days. */
    public static double share(LocalDate start, LocalDate end, LocalDate day) {
        long length = ChronoUnit.DAYS.between(start, end) + 1;
        long done = ChronoUnit.DAYS.between(start, day) + 1;
        return Math.max(0, Math.min(1, (double) done / length));
    }

    /**
     * Days by which actual progress leads (positive) or lags (negative) the plan on {@code day}:
     * the difference between the first day the plan reaches {@code actualFraction} and {@code day}.
     */
    public int scheduleVarianceDays(LocalDate day, double actualFraction) {
        if (segments.isEmpty()) {
            return 0;
        }
        LocalDate first = segments.stream().map(Segment::start).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = segments.stream().map(Segment::end).max(LocalDate::compareTo).orElseThrow();
        double target = Math.min(1, Math.max(0, actualFraction));
        if (target <= 0) {
            LocalDate planStart = first.minusDays(1);
            return day.isAfter(planStart) ? (int) -ChronoUnit.DAYS.between(planStart, day) : 0;
        }
        // the plan never falls, so the first day it reaches the target is found by bisection
        long low = 0;
        long high = ChronoUnit.DAYS.between(first, last);
        while (low < high) {
            long mid = (low + high) >>> 1;
            if (plannedFraction(first.plusDays(mid)) + 1e-9 >= target) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        LocalDate reached = first.plusDays(low);
        int variance = (int) ChronoUnit.DAYS.between(day, reached);
        // work that has caught up with the plan is never "behind" because the plan ended earlier
        // (a project finished on time stays at 0 after its last planned day)
        return target + 1e-9 >= plannedFraction(day) ? Math.max(0, variance) : variance;
    }
}
