package org.solarpm.dashboard;

/** Why a project needs the executive's attention today. */
public enum Attention {
    MISSING_REPORT, LATE_REPORT, INCIDENT, BEHIND_SCHEDULE, OVER_BUDGET, PRICE_FLAG
}
