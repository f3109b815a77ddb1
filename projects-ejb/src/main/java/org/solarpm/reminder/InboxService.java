package org.solarpm.reminder;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.solarpm.identity.Actor;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.DomainException;

/** The signed-in user's in-app inbox: list (all or unread), unread count, mark read. Only one's own messages. */
@Stateless
public class InboxService {

    public record Page(List<Notification> items, long total, long unread) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CompanyClock clock;

    public Page list(Actor actor, boolean unreadOnly, int page, int size) {
        List<Notification> items = em.createNamedQuery(unreadOnly ? Notification.UNREAD_OF_USER : Notification.OF_USER, Notification.class)
                .setParameter("userId", actor.id()).setFirstResult(page * size).setMaxResults(size).getResultList();
        long unread = unreadCount(actor);
        long total = unreadOnly ? unread
                : em.createNamedQuery(Notification.COUNT_OF_USER, Long.class).setParameter("userId", actor.id()).getSingleResult();
        return new Page(items, total, unread);
    }

    public long unreadCount(Actor actor) {
        return em.createNamedQuery(Notification.COUNT_UNREAD, Long.class).setParameter("userId", actor.id()).getSingleResult();
    }

    /** Whether the user also wants e-mail (the inbox is always on). No row: yes. */
    public boolean emailWanted(Actor actor) {
        List<?> rows = em.createNativeQuery("SELECT email_enabled FROM notification_preference WHERE user_id = ?1")
                .setParameter(1, actor.id()).getResultList();
        return rows.isEmpty() || (rows.get(0) instanceof Boolean b ? b : ((Number) rows.get(0)).intValue() != 0);
    }

    public boolean chooseEmail(Actor actor, boolean wanted) {
        em.createNativeQuery("INSERT INTO notification_preference (user_id, email_enabled, group_enabled) VALUES (?1, ?2, TRUE)"
                + " ON DUPLICATE KEY UPDATE email_enabled = ?2").setParameter(1, actor.id()).setParameter(2, wanted).executeUpdate();
        return wanted;
    }

    public Notification markRead(Actor actor, long id) {
        Notification n = em.find(Notification.class, id);
        if (n == null || n.getUserId() != actor.id()) {
            throw DomainException.notFound("Notification");
        }
        n.markRead(clock.now());
        return n;
    }
}
