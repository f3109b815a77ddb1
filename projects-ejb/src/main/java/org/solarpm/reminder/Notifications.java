package org.solarpm.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.solarpm.shared.Messages;

/**
 * Publishes a {@link Notice} inside the caller's transaction: one inbox row per recipient and one
 * outbox row per recipient e-mail and per enabled group channel. Every row has a unique key
 * (user/recipient, channel, event), so publishing the same notice twice writes nothing new: a
 * reminder job that runs again, on another node or after a misfire, cannot notify twice.
 */
@ApplicationScoped
public class Notifications {

    /** Raised when deliveries were queued, so that the outbox job can run at once after commit. */
    public record Queued(int deliveries) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "solarpm.mail.host")
    Optional<String> mailHost;

    @Inject
    Event<Queued> queued;

    public int publish(Notice notice, Instant now) {
        if (notice.recipients().isEmpty() && !notice.toGroups()) {
            return 0;
        }
        int outbox = 0;
        for (Object[] r : recipients(notice)) {
            long userId = ((Number) r[0]).longValue();
            Locale locale = Locale.forLanguageTag((String) r[1]);
            String title = Messages.get(locale, notice.titleKey(), notice.argArray());
            String body = Messages.get(locale, notice.bodyKey(), notice.argArray());
            em.createNativeQuery("INSERT INTO notification (user_id, event_key, kind, title, body, link, created_at)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON DUPLICATE KEY UPDATE id = id")
                    .setParameter(1, userId).setParameter(2, notice.eventKey()).setParameter(3, notice.kind())
                    .setParameter(4, cut(title, 300)).setParameter(5, cut(body, 4000)).setParameter(6, notice.link())
                    .setParameter(7, SqlTime.utc(now)).executeUpdate();
            String email = (String) r[2];
            if (mailHost.filter(h -> !h.isBlank()).isPresent() && email != null && !email.isBlank() && truthy(r[3])) {
                int queuedNow = queue(notice.eventKey(), Channel.EMAIL, "user:" + userId, email, title, body, now);
                if (queuedNow == 1 && notice.attachments() != null) {
                    attach(notice.eventKey(), "user:" + userId, notice.attachments().forRecipient(userId, (String) r[4], locale), now);
                }
                outbox += queuedNow;
            }
        }
        if (notice.toGroups()) {
            for (Object[] c : groupChannels()) {
                Locale locale = Locale.forLanguageTag((String) c[3]);
                outbox += queue(notice.eventKey(), Channel.valueOf((String) c[1]), "channel:" + c[0], (String) c[2],
                        Messages.get(locale, notice.titleKey(), notice.argArray()), Messages.get(locale, notice.bodyKey(), notice.argArray()), now);
            }
        }
        if (outbox > 0) {
            queued.fire(new Queued(outbox));
        }
        return outbox;
    }

    private int queue(String eventKey, Channel channel, String recipient, String address, String subject, String body, Instant now) {
        return em.createNativeQuery("INSERT INTO notification_delivery (event_key, channel, recipient, address, subject, body, status,"
                        + " next_attempt_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'PENDING', ?7, ?7) ON DUPLICATE KEY UPDATE id = id")
                .setParameter(1, eventKey).setParameter(2, channel.name()).setParameter(3, recipient).setParameter(4, address)
                .setParameter(5, cut(subject, 300)).setParameter(6, body).setParameter(7, SqlTime.utc(now)).executeUpdate() == 1 ? 1 : 0;
    }

    /** Stores the files of a just-queued e-mail delivery with it (same transaction). */
    private void attach(String eventKey, String recipient, List<Attachments.Attachment> files, Instant now) {
        if (files.isEmpty()) {
            return;
        }
        long deliveryId = ((Number) em.createNativeQuery("SELECT id FROM notification_delivery WHERE event_key = ?1 AND channel = ?2"
                + " AND recipient = ?3").setParameter(1, eventKey).setParameter(2, Channel.EMAIL.name()).setParameter(3, recipient)
                .getSingleResult()).longValue();
        for (Attachments.Attachment f : files) {
            em.createNativeQuery("INSERT INTO notification_attachment (delivery_id, file_name, media_type, content, created_at)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, deliveryId).setParameter(2, cut(f.fileName(), 200)).setParameter(3, f.mediaType())
                    .setParameter(4, f.content()).setParameter(5, SqlTime.utc(now)).executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> recipients(Notice notice) {
        if (notice.recipients().isEmpty()) {
            return List.of();
        }
        String ids = notice.recipients().stream().map(String::valueOf).collect(Collectors.joining(","));
        return em.createNativeQuery("SELECT u.id, u.language, u.email, COALESCE(np.email_enabled, TRUE), u.display_name FROM app_user u"
                + " LEFT JOIN notification_preference np ON np.user_id = u.id WHERE u.active = TRUE AND u.id IN (" + ids + ") ORDER BY u.id")
                .getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> groupChannels() {
        return em.createNativeQuery("SELECT id, kind, url, language FROM notification_channel WHERE enabled = TRUE ORDER BY id").getResultList();
    }

    private static boolean truthy(Object o) {
        return o instanceof Boolean b ? b : ((Number) o).intValue() != 0;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
