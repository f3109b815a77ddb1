package org.solarpm.web.reminder;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.solarpm.identity.Role;
import org.solarpm.reminder.Channel;
import org.solarpm.reminder.ChannelService;
import org.solarpm.reminder.NotificationChannel;
import org.solarpm.reminder.Outbox;
import org.solarpm.web.security.CurrentUser;
import org.solarpm.web.security.RequireRole;

/**
 * Group channels (administrators): {@code GET/PUT /notification-channels} (PUT replaces the set; the
 * secret is never returned, only whether one is set) and {@code GET /notification-channels/failures}.
 */
@Path("/notification-channels")
@Produces(MediaType.APPLICATION_JSON)
@RequireRole(Role.ADMIN)
public class NotificationChannelResource {

    public record ChannelView(long id, Channel kind, String name, String url, boolean hasSecret, boolean enabled, String language,
                              Instant updatedAt) {
        static ChannelView of(NotificationChannel c) {
            return new ChannelView(c.getId(), c.getKind(), c.getName(), c.getUrl(), c.hasSecret(), c.isEnabled(), c.getLanguage(), c.getUpdatedAt());
        }
    }

    public record ChannelRequest(Long id, @NotNull Channel kind, @NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 1000) String url,
                                 @Size(max = 200) String secret, Boolean enabled, String language) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    ChannelService channels;

    @GET
    public List<ChannelView> list() {
        return channels.list(currentUser.actor()).stream().map(ChannelView::of).toList();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public List<ChannelView> replace(@NotNull @Size(max = 50) List<@Valid @NotNull ChannelRequest> body) {
        var specs = body.stream().map(c -> new ChannelService.ChannelSpec(c.id(), c.kind(), c.name(), c.url(), c.secret(),
                !Boolean.FALSE.equals(c.enabled()), c.language())).toList();
        return channels.replace(currentUser.actor(), specs).stream().map(ChannelView::of).toList();
    }

    @GET
    @Path("/failures")
    public List<Outbox.Failure> failures() {
        return channels.failures(currentUser.actor());
    }
}
