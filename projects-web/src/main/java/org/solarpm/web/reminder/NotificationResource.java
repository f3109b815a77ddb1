package org.solarpm.web.reminder;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.solarpm.reminder.InboxService;
import org.solarpm.reminder.Notification;
import org.solarpm.web.Paging;
import org.solarpm.web.security.CurrentUser;

/**
 * The signed-in user's inbox: {@code GET /notifications?unread=}, {@code GET /notifications/unread-count},
 * {@code POST /notifications/{id}/read}, and {@code GET/PUT /notifications/preferences} (e-mail on or off).
 */
@Path("/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    public record Item(long id, String kind, String title, String body, String link, Instant createdAt, Instant readAt) {
        static Item of(Notification n) {
            return new Item(n.getId(), n.getKind(), n.getTitle(), n.getBody(), n.getLink(), n.getCreatedAt(), n.getReadAt());
        }
    }

    public record Inbox(List<Item> items, long total, long unread) {
    }

    public record UnreadCount(long unread) {
    }

    /** The user's own choice of channels; the inbox is always on. */
    public record Preferences(@jakarta.validation.constraints.NotNull Boolean email) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    InboxService inbox;

    @GET
    public Inbox list(@QueryParam("unread") String unread, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Paging paging = Paging.of(page, size);
        var result = inbox.list(currentUser.actor(), "true".equalsIgnoreCase(unread), paging.page(), paging.size());
        return new Inbox(result.items().stream().map(Item::of).toList(), result.total(), result.unread());
    }

    @GET
    @Path("/unread-count")
    public UnreadCount unreadCount() {
        return new UnreadCount(inbox.unreadCount(currentUser.actor()));
    }

    @GET
    @Path("/preferences")
    public Preferences preferences() {
        return new Preferences(inbox.emailWanted(currentUser.actor()));
    }

    @jakarta.ws.rs.PUT
    @Path("/preferences")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    public Preferences choose(@jakarta.validation.Valid @jakarta.validation.constraints.NotNull Preferences body) {
        return new Preferences(inbox.chooseEmail(currentUser.actor(), body.email()));
    }

    @POST
    @Path("/{id}/read")
    public Item read(@PathParam("id") long id) {
        return Item.of(inbox.markRead(currentUser.actor(), id));
    }
}
