package org.solarpm.reminder;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Runs one rule at once, in the caller's thread, for the instant given: the administrators' "run now"
 * (catch up after an outage) and what a benchmark times. The scheduled jobs call the same methods.
 */
@Stateless
// no transaction of its own: each rule method keeps its own transaction boundary, as when called directly
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RuleRunner {

    /** What a run did: notices published (or deliveries sent) and how long it took. */
    public record Outcome(String code, int count, long millis) {
    }

    @Inject
    ReminderService reminders;

    @Inject
    DailyReportDeadlines deadlines;

    @Inject
    OutboxDelivery outbox;

    public Outcome run(JobId job, Instant now) {
        long t0 = System.nanoTime();
        int count = switch (job) {
            case MILESTONE_DUE -> reminders.milestonesDue(now);
            case MILESTONE_OVERDUE -> reminders.milestonesOverdue(now);
            case CARD_DIGEST -> reminders.cardDigests(now);
            case DAILY_REPORT_NUDGE, DAILY_REPORT_ESCALATE -> {
                DailyReportDeadlines.Result r = deadlines.sweep(now);
                yield r.nudged() + r.escalated();
            }
            case EXECUTIVE_DIGEST -> reminders.executiveDigest(now);
            case OUTBOX_DELIVERY -> outbox.deliverDue(now).sent();
        };
        return new Outcome(job.name(), count, (System.nanoTime() - t0) / 1_000_000);
    }
}
