package org.solarpm.reminder;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.solarpm.identity.Actor;
import org.solarpm.identity.AuditLog;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.DomainException;

/** Group channels (administrators): list, and replace the whole set in one transaction. */
@Stateless
public class ChannelService {

    /** One wanted channel; id null for a new one, secret null to keep the stored secret. */
    public record ChannelSpec(Long id, Channel kind, String name, String url, String secret, boolean enabled, String language) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CompanyClock clock;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    public List<NotificationChannel> list(Actor actor) {
        requireAdmin(actor);
        return em.createNamedQuery(NotificationChannel.ALL, NotificationChannel.class).getResultList();
    }

    /** Makes the stored channels exactly {@code wanted}: updates those with an id, adds the others, removes the rest. */
    public List<NotificationChannel> replace(Actor actor, List<ChannelSpec> wanted) {
        requireAdmin(actor);
        Map<Long, NotificationChannel> existing = list(actor).stream().collect(Collectors.toMap(NotificationChannel::getId, Function.identity()));
        Set<String> names = new HashSet<>();
        Set<Long> kept = new HashSet<>();
        for (ChannelSpec s : wanted) {
            if (s.name() == null || s.name().isBlank() || !names.add(s.name().strip())) {
                throw DomainException.invalid("name", "error.channel.name", s.name());
            }
            if (s.id() == null) {
                em.persist(new NotificationChannel(s.kind(), s.name(), s.url(), s.secret(), s.enabled(), s.language(), clock.now()));
            } else {
                NotificationChannel c = existing.get(s.id());
                if (c == null) {
                    throw DomainException.invalid("id", "error.unknownReference", s.id());
                }
                c.change(s.name(), s.url(), s.secret(), s.enabled(), s.language(), clock.now());
                kept.add(s.id());
            }
        }
        existing.values().stream().filter(c -> !kept.contains(c.getId())).forEach(em::remove);
        em.flush();
        audit.record(actor, "NOTIFICATION_CHANNELS", "NotificationChannel", null, wanted.size() + " channels");
        return em.createNamedQuery(NotificationChannel.ALL, NotificationChannel.class).getResultList();
    }

    public List<Outbox.Failure> failures(Actor actor) {
        requireAdmin(actor);
        return outbox.failures(100);
    }

    static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw DomainException.forbidden();
        }
    }
}
