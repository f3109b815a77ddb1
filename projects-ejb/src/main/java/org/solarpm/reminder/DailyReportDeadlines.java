package org.solarpm.reminder;

import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * The daily-report deadline rule. Waits for the daily report tables (branch {@code daily}); until then
 * its two rules ship disabled and a sweep does nothing.
 */
@Stateless
public class DailyReportDeadlines {

    private static final Logger LOG = Logger.getLogger(DailyReportDeadlines.class.getName());

    public int sweep(Instant now) {
        LOG.fine(() -> "daily report deadline sweep at " + now + ": no daily_report table yet");
        return 0;
    }
}
