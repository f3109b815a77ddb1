package org.solarpm.web.board;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.solarpm.board.Board;
import org.solarpm.board.BoardColumn;
import org.solarpm.board.BoardService;
import org.solarpm.board.CardSummary;
import org.solarpm.board.Swimlane;
import org.solarpm.shared.Messages;

/** The JSON shape of a board: columns with WIP limits and their cards in rank order, and the swimlanes. */
public record BoardViewModel(long id, long projectId, List<ColumnView> columns, List<LaneView> swimlanes, int version, int cardCount) {

    public record ColumnView(long id, String code, String name, int position, Integer wipLimit, boolean done, int cardCount,
                             List<CardView> cards) {
        static ColumnView of(BoardColumn c, Locale locale, boolean done, List<CardView> cards) {
            return new ColumnView(c.getId(), c.getCode(), c.nameIn(locale), c.getPosition(), c.getWipLimit(), done, cards.size(), cards);
        }
    }

    public record LaneView(long id, String name, int position, Integer wipLimit) {
        static LaneView of(Swimlane l) {
            return new LaneView(l.getId(), l.getName(), l.getPosition(), l.getWipLimit());
        }
    }

    public record CardView(long id, String code, String title, long columnId, Long swimlaneId, String rank, int version, String stage,
                           LocalDate dueDate, String priority, Integer blockNo, String responsibleRole,
                           List<CardSummary.Person> assignees, List<String> labels, int checklistDone, int checklistTotal) {
        static CardView of(CardSummary c, Locale locale) {
            return new CardView(c.id(), c.code(), Messages.pick(locale, c.titleZh(), c.titleEn()), c.columnId(), c.swimlaneId(), c.rank(),
                    c.version(), c.stage(), c.dueDate(), c.priority().name(), c.blockNo(), c.responsibleRole(), c.assignees(), c.labels(),
                    c.checklistDone(), c.checklistTotal());
        }
    }

    static BoardViewModel of(BoardService.BoardContent content, long projectId, Locale locale) {
        Board board = content.board();
        Map<Long, List<CardView>> byColumn = new LinkedHashMap<>();
        for (CardSummary c : content.cards()) {
            byColumn.computeIfAbsent(c.columnId(), k -> new ArrayList<>()).add(CardView.of(c, locale));
        }
        long done = board.doneColumn().getId();
        List<ColumnView> columns = new ArrayList<>();
        for (BoardColumn col : board.getColumns()) {
            columns.add(ColumnView.of(col, locale, col.getId() == done, byColumn.getOrDefault(col.getId(), List.of())));
        }
        return new BoardViewModel(board.getId(), projectId, columns, board.getSwimlanes().stream().map(LaneView::of).toList(),
                board.getVersion(), content.cards().size());
    }
}
