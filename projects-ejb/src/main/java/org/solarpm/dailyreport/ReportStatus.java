package org.solarpm.dailyreport;

/** Where a daily report stands in its workflow: draft, submitted, then approved or returned to its author. */
public enum ReportStatus {
    DRAFT, SUBMITTED, APPROVED, RETURNED;

    /** Filed reports count in the rollups; a returned report keeps counting until its corrected version replaces it. */
    public boolean counted() {
        return this != DRAFT;
    }
}
