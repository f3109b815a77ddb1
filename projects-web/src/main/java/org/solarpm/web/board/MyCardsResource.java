package org.solarpm.web.board;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.solarpm.board.BoardViews;
import org.solarpm.shared.Messages;
import org.solarpm.web.security.CurrentUser;

/** {@code GET /me/cards}: the caller's open cards across all projects they see, soonest due first. */
@Path("/me/cards")
@Produces(MediaType.APPLICATION_JSON)
public class MyCardsResource {

    public record MyCardView(long id, String code, String title, LocalDate dueDate, String priority, int version, long columnId,
                             String column, long projectId, String projectCode, String projectName, boolean done, boolean overdue) {
    }

    public record Page(List<MyCardView> items, long total) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    BoardViews views;

    @GET
    public Page mine() {
        var actor = currentUser.actor();
        var items = views.myCards(actor).stream().map(c -> new MyCardView(c.id(), c.code(),
                Messages.pick(actor.locale(), c.titleZh(), c.titleEn()), c.dueDate(), c.priority().name(), c.version(), c.columnId(),
                Messages.pick(actor.locale(), c.columnZh(), c.columnEn()), c.projectId(), c.projectCode(), c.projectName(), c.done(),
                c.overdue())).toList();
        return new Page(items, items.size());
    }
}
