package org.solarpm.web.project;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.solarpm.board.BoardColumn;
import org.solarpm.board.BoardService;
import org.solarpm.board.Card;
import org.solarpm.web.security.CurrentUser;

/** {@code GET /projects/{id}/board}: the columns with WIP limits and their cards in rank order. */
@Path("/projects/{id}/board")
@Produces(MediaType.APPLICATION_JSON)
public class BoardResource {

    public record BoardView(long id, long projectId, List<ColumnView> columns, int version) {
    }

    public record ColumnView(long id, String code, String name, Integer wipLimit, int cardCount, List<CardView> cards) {
    }

    public record CardView(long id, String code, String title, String stage, LocalDate startDate, LocalDate dueDate,
                           String responsibleRole, Integer blockNo, String rank, int version) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    BoardService boards;

    @GET
    public BoardView board(@PathParam("id") long projectId) {
        var actor = currentUser.actor();
        boolean en = org.solarpm.shared.Messages.isEnglish(actor.locale());
        var content = boards.boardOf(actor, projectId);
        Map<Long, List<CardView>> byColumn = new LinkedHashMap<>();
        for (Card c : content.cards()) {
            byColumn.computeIfAbsent(c.getColumnId(), k -> new ArrayList<>()).add(new CardView(c.getId(), c.getCode(),
                    en ? c.getTitleEn() : c.getTitleZh(), c.getStage(), c.getStartDate(), c.getDueDate(), c.getResponsibleRole(),
                    c.getBlockNo(), c.getRank(), c.getVersion()));
        }
        List<ColumnView> columns = new ArrayList<>();
        for (BoardColumn col : content.board().getColumns()) {
            List<CardView> cards = byColumn.getOrDefault(col.getId(), List.of());
            columns.add(new ColumnView(col.getId(), col.getCode(), en ? col.getNameEn() : col.getNameZh(), col.getWipLimit(), cards.size(), cards));
        }
        return new BoardView(content.board().getId(), projectId, columns, content.board().getVersion());
    }
}
