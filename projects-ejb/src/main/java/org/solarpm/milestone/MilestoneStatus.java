package org.solarpm.milestone;

/** Where a milestone stands on a given day: done, overdue, due within a week, or further out. */
public enum MilestoneStatus {
    UPCOMING, DUE_SOON, OVERDUE, DONE
}
