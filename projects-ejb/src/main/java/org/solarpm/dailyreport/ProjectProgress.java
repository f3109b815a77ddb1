package org.solarpm.dailyreport;

import java.time.LocalDate;
import java.util.List;

/**
 * A project's planned against actual progress as of a day: the daily S-curve series (percent complete
 * and installed kWp) and each work item's cumulative quantity against its planned quantity to date.
 *
 * @param scheduleVarianceDays positive ahead of plan, negative behind; null before the plan starts
 */
public record ProjectProgress(long projectId, double designKwp, LocalDate asOf, Integer scheduleVarianceDays,
                              double plannedPercent, double actualPercent, List<Point> series, List<ItemProgress> workItems) {

    /** One day of the S-curve; actual values are null after {@code asOf}. */
    public record Point(LocalDate date, double plannedPercent, Double actualPercent, double plannedKwp, Double actualKwp) {
    }

    public record ItemProgress(long workItemId, String code, String nameZh, String nameEn, String unit, double designQuantity,
                               double cumulativeQuantity, double plannedQuantityToDate, LocalDate plannedStart, LocalDate plannedEnd) {
    }
}
