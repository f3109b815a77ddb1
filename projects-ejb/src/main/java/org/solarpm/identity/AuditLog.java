package org.solarpm.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.solarpm.shared.CompanyClock;

/** Writes and reads the audit log. Entries join the caller's transaction. */
@Stateless
public class AuditLog {

    public static final String LOGIN = "LOGIN";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String LOCKOUT = "LOCKOUT";
    public static final String LOGOUT = "LOGOUT";
    public static final String USER_CREATED = "USER_CREATED";
    public static final String USER_UPDATED = "USER_UPDATED";
    public static final String USER_DEACTIVATED = "USER_DEACTIVATED";
    public static final String USER_REACTIVATED = "USER_REACTIVATED";
    public static final String ROLES_CHANGED = "ROLES_CHANGED";
    public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";
    public static final String EXPORT = "EXPORT";

    @PersistenceContext
    EntityManager em;

    @Inject
    CompanyClock clock;

    public void record(Actor actor, String action, String targetType, Object targetId, String detail) {
        em.persist(new AuditEntry(clock.now(), actor == null ? null : actor.id(), actor == null ? null : actor.username(),
                action, targetType, targetId == null ? null : targetId.toString(), detail, actor == null ? null : actor.clientIp()));
    }

    public void recordAnonymous(String username, String action, String detail, String clientIp) {
        em.persist(new AuditEntry(clock.now(), null, username, action, "User", null, detail, clientIp));
    }

    public List<AuditEntry> latest(String action, int page, int size) {
        var q = action == null
                ? em.createNamedQuery(AuditEntry.LATEST, AuditEntry.class)
                : em.createNamedQuery(AuditEntry.LATEST_OF_ACTION, AuditEntry.class).setParameter("action", action);
        return q.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long count(String action) {
        var q = action == null
                ? em.createNamedQuery(AuditEntry.COUNT_ALL, Long.class)
                : em.createNamedQuery(AuditEntry.COUNT_OF_ACTION, Long.class).setParameter("action", action);
        return q.getSingleResult();
    }
}
