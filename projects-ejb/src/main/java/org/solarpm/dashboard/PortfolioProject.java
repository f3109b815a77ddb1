package org.solarpm.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One project's line on the portfolio dashboard for a day.
 *
 * @param scheduleVarianceDays days ahead (positive) or behind (negative) the planned S-curve; null
 *                             when the project has no planned work yet
 * @param committedCost        purchase orders approved and later (tax included)
 */
public record PortfolioProject(long projectId, String code, String name, Ref branch, Ref manager, String stage,
                               ReportStatus reportStatus, double installedTodayKwp, double cumulativeKwp, double designKwp,
                               double percentComplete, Integer scheduleVarianceDays, int manpower, int openDelays,
                               int incidents7d, NextMilestone nextMilestone, BigDecimal committedCost, BigDecimal budget,
                               int priceFlags) {

    /** Behind the plan by more than this many days counts as "behind schedule". */
    public static final int BEHIND_THRESHOLD_DAYS = 3;

    /** A branch or a person, with a display name in the caller's language. */
    public record Ref(long id, String name) {
    }

    public record NextMilestone(String name, LocalDate date, long daysTo) {
    }

    public boolean isBehindSchedule() {
        return scheduleVarianceDays != null && scheduleVarianceDays < -BEHIND_THRESHOLD_DAYS;
    }

    public List<Attention> attention() {
        List<Attention> result = new ArrayList<>();
        if (reportStatus == ReportStatus.MISSING) {
            result.add(Attention.MISSING_REPORT);
        }
        if (reportStatus.isLate()) {
            result.add(Attention.LATE_REPORT);
        }
        if (incidents7d > 0) {
            result.add(Attention.INCIDENT);
        }
        if (isBehindSchedule()) {
            result.add(Attention.BEHIND_SCHEDULE);
        }
        if (budget != null && committedCost != null && committedCost.compareTo(budget) > 0) {
            result.add(Attention.OVER_BUDGET);
        }
        if (priceFlags > 0) {
            result.add(Attention.PRICE_FLAG);
        }
        return result;
    }
}
