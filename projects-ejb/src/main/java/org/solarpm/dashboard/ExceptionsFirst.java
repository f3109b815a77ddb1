package org.solarpm.dashboard;

import java.util.Comparator;

/**
 * The dashboard order: what needs attention today first. Missing reports, then recent incidents, then
 * projects behind schedule, then any other attention (late reports, cost, prices), then the rest that
 * owe reports, then projects that owe none; within a group the most behind schedule first, then code.
 */
public final class ExceptionsFirst implements Comparator<PortfolioProject> {

    public static final ExceptionsFirst ORDER = new ExceptionsFirst();

    private ExceptionsFirst() {
    }

    static int group(PortfolioProject p) {
        if (p.reportStatus() == ReportStatus.MISSING) {
            return 0;
        }
        if (p.incidents7d() > 0) {
            return 1;
        }
        if (p.isBehindSchedule()) {
            return 2;
        }
        if (!p.attention().isEmpty()) {
            return 3;
        }
        return p.reportStatus() == ReportStatus.NOT_REQUIRED ? 5 : 4;
    }

    @Override
    public int compare(PortfolioProject a, PortfolioProject b) {
        int byGroup = Integer.compare(group(a), group(b));
        if (byGroup != 0) {
            return byGroup;
        }
        int byVariance = Integer.compare(variance(a), variance(b));
        if (byVariance != 0) {
            return byVariance;
        }
        int byIncidents = Integer.compare(b.incidents7d(), a.incidents7d());
        return byIncidents != 0 ? byIncidents : a.code().compareTo(b.code());
    }

    private static int variance(PortfolioProject p) {
        return p.scheduleVarianceDays() == null ? 0 : p.scheduleVarianceDays();
    }
}
