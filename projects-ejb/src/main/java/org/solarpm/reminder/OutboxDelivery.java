package org.solarpm.reminder;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.solarpm.shared.CompanyClock;

/**
 * Sends what the outbox holds, outside any transaction: claim a batch, send each row through its
 * channel's {@link Notifier}, record success or failure per row. One channel failing (the SMTP server
 * is down) does not hold up the others.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());
    private static final int BATCH = 50;

    /** What one run did. */
    public record Result(int sent, int failed) {
    }

    @Inject
    Outbox outbox;

    @Inject
    CompanyClock clock;

    @Inject
    @Any
    Instance<Notifier> notifiers;

    public Result deliverDue(Instant now) {
        Map<Channel, Notifier> byChannel = new EnumMap<>(Channel.class);
        notifiers.forEach(n -> byChannel.put(n.channel(), n));
        int sent = 0;
        int failed = 0;
        for (int round = 0; round < 20; round++) {
            List<Delivery> batch = outbox.claim(now, BATCH);
            for (Delivery d : batch) {
                try {
                    byChannel.get(d.channel()).send(d);
                    outbox.markSent(d.id(), clock.now());
                    sent++;
                } catch (Exception e) {
                    LOG.log(Level.WARNING, () -> "Delivery " + d.id() + " (" + d.channel() + " " + d.recipient() + ") failed: " + e);
                    outbox.markFailed(d, e.getClass().getSimpleName() + ": " + e.getMessage(), clock.now());
                    failed++;
                }
            }
            if (batch.size() < BATCH) {
                break;
            }
        }
        return new Result(sent, failed);
    }
}
