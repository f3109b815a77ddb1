package org.solarpm.dailyreport;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A report as the API shows it: the report, the project's work items with the cumulative quantity
 * installed before the report's day, photos, review history and the names of the people involved.
 */
public record DailyReportDetails(DailyReport report, ReportContent content, List<WorkItem> workItems,
                                 Map<Long, BigDecimal> cumulativeBefore, List<ReportPhoto> photos, List<ReportRevision> revisions,
                                 Map<Long, String> names) {

    public String nameOf(Long userId) {
        return userId == null ? null : names.get(userId);
    }
}
