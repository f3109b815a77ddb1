package org.solarpm.reminder;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.solarpm.shared.CompanyClock;

/**
 * The Quartz jobs: thin adapters created by {@link CdiJobFactory}, each calling one service method
 * with the current instant. {@link DisallowConcurrentExecution} holds cluster-wide with the JDBC store.
 */
public final class Jobs {

    private Jobs() {
    }

    @Dependent
    @DisallowConcurrentExecution
    public static class MilestoneDueJob implements Job {
        @Inject
        ReminderService reminders;
        @Inject
        CompanyClock clock;

        @Override
        public void execute(JobExecutionContext context) {
            reminders.milestonesDue(clock.now());
        }
    }

    @Dependent
    @DisallowConcurrentExecution
    public static class MilestoneOverdueJob implements Job {
        @Inject
        ReminderService reminders;
        @Inject
        CompanyClock clock;

        @Override
        public void execute(JobExecutionContext context) {
            reminders.milestonesOverdue(clock.now());
        }
    }

    @Dependent
    @DisallowConcurrentExecution
    public static class CardDigestJob implements Job {
        @Inject
        ReminderService reminders;
        @Inject
        CompanyClock clock;

        @Override
        public void execute(JobExecutionContext context) {
            reminders.cardDigests(clock.now());
        }
    }

    @Dependent
    @DisallowConcurrentExecution
    public static class DailyReportNudgeJob implements Job {
        @Inject
        DailyReportDeadlines deadlines;
        @Inject
        CompanyClock clock;

        @Override
        public void execute(JobExecutionContext context) {
            deadlines.sweep(clock.now());
        }
    }

    @Dependent
    @DisallowConcurrentExecution
    public static class DailyReportEscalateJob implements Job {
        @Inject
        DailyReportDeadlines deadlines;
        @Inject
        CompanyClock clock;

        @Override
        public void execute(JobExecutionContext context) {
            deadlines.sweep(clock.now());
        }
    }

    @Dependent
    @DisallowConcurrentExecution
    public static class ExecutiveDigestJob implements Job {
        @Inject
        ReminderService reminders;
        @Inject
        CompanyClock clock;

        @Override
        public void execute(JobExecutionContext context) {
            reminders.executiveDigest(clock.now());
        }
    }

    @Dependent
    @DisallowConcurrentExecution
    public static class OutboxDeliveryJob implements Job {
        @Inject
        OutboxDelivery delivery;
        @Inject
        CompanyClock clock;

        @Override
        public void execute(JobExecutionContext context) {
            delivery.deliverDue(clock.now());
        }
    }
}
