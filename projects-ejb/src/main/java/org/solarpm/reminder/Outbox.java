package org.solarpm.reminder;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The outbox table's state changes, each in its own short transaction: claim due rows (skipping rows
 * another node holds), mark sent, or record a failure with exponential backoff. A row is claimed with
 * a lease; a node that dies while sending leaves the row to be retried when the lease ends.
 */
@Stateless
public class Outbox {

    public static final int MAX_ATTEMPTS = 12;
    static final Duration LEASE = Duration.ofMinutes(5);

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "solarpm.outbox.backoff-seconds", defaultValue = "30")
    int backoffSeconds;

    /** One failed delivery as administrators see it. */
    public record Failure(long id, String eventKey, String channel, String recipient, String status, int attempts, String lastError,
                          Instant nextAttemptAt) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<Delivery> claim(Instant now, int limit) {
        var ts = SqlTime.utc(now);
        List<Object[]> rows = em.createNativeQuery("SELECT id, event_key, channel, recipient, address, subject, body, attempts"
                        + " FROM notification_delivery WHERE (status = 'PENDING' AND next_attempt_at <= ?1)"
                        + " OR (status = 'SENDING' AND lease_until < ?1) ORDER BY next_attempt_at, id LIMIT " + limit
                        + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, ts).getResultList();
        List<Delivery> claimed = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            int attempts = ((Number) r[7]).intValue() + 1;
            em.createNativeQuery("UPDATE notification_delivery SET status = 'SENDING', attempts = ?1, lease_until = ?2 WHERE id = ?3")
                    .setParameter(1, attempts).setParameter(2, SqlTime.utc(now.plus(LEASE))).setParameter(3, id).executeUpdate();
            claimed.add(new Delivery(id, (String) r[1], Channel.valueOf((String) r[2]), (String) r[3], (String) r[4], (String) r[5],
                    (String) r[6], attempts));
        }
        return claimed;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markSent(long id, Instant now) {
        em.createNativeQuery("UPDATE notification_delivery SET status = 'SENT', sent_at = ?1, lease_until = NULL, last_error = NULL WHERE id = ?2")
                .setParameter(1, SqlTime.utc(now)).setParameter(2, id).executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markFailed(Delivery d, String error, Instant now) {
        boolean last = d.attempts() >= MAX_ATTEMPTS;
        em.createNativeQuery("UPDATE notification_delivery SET status = ?1, next_attempt_at = ?2, lease_until = NULL, last_error = ?3 WHERE id = ?4")
                .setParameter(1, last ? "FAILED" : "PENDING").setParameter(2, SqlTime.utc(now.plus(backoff(d.attempts()))))
                .setParameter(3, error == null ? "?" : error.length() > 1000 ? error.substring(0, 1000) : error)
                .setParameter(4, d.id()).executeUpdate();
    }

    /** The files stored with a delivery when it was queued, in the order they were added. */
    @SuppressWarnings("unchecked")
    public List<Attachments.Attachment> attachmentsOf(long deliveryId) {
        List<Object[]> rows = em.createNativeQuery("SELECT file_name, media_type, content FROM notification_attachment"
                + " WHERE delivery_id = ?1 ORDER BY id").setParameter(1, deliveryId).getResultList();
        return rows.stream().map(r -> new Attachments.Attachment((String) r[0], (String) r[1], (byte[]) r[2])).toList();
    }

    /** 1, 2, 4, ... times the base, at most one hour. */
    Duration backoff(int attempts) {
        long factor = 1L << Math.min(attempts - 1, 16);
        return Duration.ofSeconds(Math.min(3600L, backoffSeconds * factor));
    }

    /** Deliveries that failed at least once and are not sent yet, newest first (for administrators). */
    @SuppressWarnings("unchecked")
    public List<Failure> failures(int limit) {
        List<Object[]> rows = em.createNativeQuery("SELECT id, event_key, channel, recipient, status, attempts, last_error, next_attempt_at"
                + " FROM notification_delivery WHERE status <> 'SENT' AND last_error IS NOT NULL ORDER BY id DESC LIMIT " + limit).getResultList();
        return rows.stream().map(r -> new Failure(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                ((Number) r[5]).intValue(), (String) r[6], SqlTime.instant(r[7]))).toList();
    }
}
