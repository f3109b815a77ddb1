package org.solarpm.reminder;

import org.quartz.Job;

/**
 * Every scheduled job SolarPM runs. The name is the Quartz job name and the code of its company rule
 * in {@code reminder_rule}, where its cron schedule lives.
 */
public enum JobId {
    MILESTONE_DUE(Jobs.MilestoneDueJob.class),
    MILESTONE_OVERDUE(Jobs.MilestoneOverdueJob.class),
    CARD_DIGEST(Jobs.CardDigestJob.class),
    DAILY_REPORT_NUDGE(Jobs.DailyReportNudgeJob.class),
    DAILY_REPORT_ESCALATE(Jobs.DailyReportEscalateJob.class),
    EXECUTIVE_DIGEST(Jobs.ExecutiveDigestJob.class),
    OUTBOX_DELIVERY(Jobs.OutboxDeliveryJob.class);

    public static final String GROUP = "solarpm";

    private final Class<? extends Job> jobClass;

    JobId(Class<? extends Job> jobClass) {
        this.jobClass = jobClass;
    }

    public Class<? extends Job> jobClass() {
        return jobClass;
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
