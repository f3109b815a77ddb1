package org.solarpm.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import org.solarpm.dailyreport.DeadlinePolicy;

/** How a project's report for one day stands on the dashboard. */
public enum ReportStatus {
    ON_TIME, LATE, LATE_AFTER_GRACE, MISSING, PENDING, NOT_REQUIRED;

    /**
     * @param required    whether the project owes a report that day (it is under construction)
     * @param timeliness  how the submitted report was judged, null when nothing was submitted
     */
    public static ReportStatus of(boolean required, DeadlinePolicy.Timeliness timeliness, DeadlinePolicy policy,
                                  LocalDate day, Instant now) {
        if (timeliness != null) {
            return valueOf(timeliness.name());
        }
        if (!required) {
            return NOT_REQUIRED;
        }
        return policy.isMissing(day, now) ? MISSING : PENDING;
    }

    public boolean isLate() {
        return this == LATE || this == LATE_AFTER_GRACE;
    }
}
