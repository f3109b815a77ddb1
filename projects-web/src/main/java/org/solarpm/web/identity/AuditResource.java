package org.solarpm.web.identity;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.solarpm.identity.AuditEntry;
import org.solarpm.identity.AuditLog;
import org.solarpm.identity.Role;
import org.solarpm.web.security.RequireRole;
import org.solarpm.web.Paging;

/** The audit log, for administrators. */
@Path("/audit-log")
@Produces(MediaType.APPLICATION_JSON)
@RequireRole(Role.ADMIN)
public class AuditResource {

    public record Entry(long id, String occurredAt, Long actorId, String actorName, String action, String targetType,
                        String targetId, String detail, String clientIp) {
        static Entry of(AuditEntry a) {
            return new Entry(a.getId(), a.getOccurredAt().toString(), a.getActorId(), a.getActorName(), a.getAction(),
                    a.getTargetType(), a.getTargetId(), a.getDetail(), a.getClientIp());
        }
    }

    public record EntryPage(List<Entry> items, long total) {
    }

    @Inject
    AuditLog audit;

    @GET
    public EntryPage list(@QueryParam("action") String action,
                          @QueryParam("page") Integer page,
                          @QueryParam("size") Integer size) {
        Paging paging = Paging.of(page, size);
        return new EntryPage(audit.latest(action, paging.page(), paging.size()).stream().map(Entry::of).toList(), audit.count(action));
    }
}
