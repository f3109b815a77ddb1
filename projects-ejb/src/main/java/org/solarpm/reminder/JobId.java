package org.solarpm.reminder;

import org.quartz.Job;

/**
 * Every scheduled job SolarPM runs. The name is the Quartz job name and the code of its company rule
 * in {@code reminder_rule}, where its cron schedule lives.
 */
public enum JobId {
    MILESTONE_DUE,
    MILESTONE_OVERDUE,
    CARD_DIGEST,
    DAILY_REPORT_NUDGE,
    DAILY_REPORT_ESCALATE,
    EXECUTIVE_DIGEST,
    OUTBOX_DELIVERY;

    public static final String GROUP = "solarpm";

    /** Every rule runs through the same job class; the job key tells it which rule it is. */
    public Class<? extends Job> jobClass() {
        return Jobs.RuleJob.class;
    }

    public static JobId of(String code) {
        for (JobId id : values()) {
            if (id.name().equals(code)) {
                return id;
            }
        }
        throw org.solarpm.shared.DomainException.invalid("code", "error.reminder.unknownRule", code);
    }
}
