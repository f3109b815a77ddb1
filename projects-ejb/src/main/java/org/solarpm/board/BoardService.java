package org.solarpm.board;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.solarpm.identity.Actor;
import org.solarpm.identity.AuditLog;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.DomainException;

/** Reading a project's board (whoever may see the project) and shaping it: columns and swimlanes (PMs). */
@Stateless
public class BoardService {

    /**
     * A board with its open cards that match a filter, ordered by column and rank, and the number of
     * open cards per column whatever the filter (what WIP limits count).
     */
    public record BoardContent(Board board, List<CardSummary> cards, Map<Long, Integer> openByColumn) {

        public BoardContent(Board board, List<CardSummary> cards) {
            this(board, cards, countByColumn(cards));
        }

        public int openIn(long columnId) {
            return openByColumn.getOrDefault(columnId, 0);
        }

        static Map<Long, Integer> countByColumn(List<CardSummary> cards) {
            Map<Long, Integer> counts = new HashMap<>();
            cards.forEach(c -> counts.merge(c.columnId(), 1, Integer::sum));
            return counts;
        }
    }

    @Inject
    BoardAccess access;

    @Inject
    BoardRepository boards;

    @Inject
    BoardEventLog events;

    @Inject
    AuditLog audit;

    @Inject
    CompanyClock clock;

    public BoardContent boardOf(Actor actor, long projectId, CardFilter filter) {
        Board board = access.view(actor, projectId).board();
        board.getSwimlanes().size();
        List<CardSummary> cards = boards.summaries(board.getId(), board.doneColumn().getId(), filter, clock.today());
        return filter.equals(CardFilter.ALL) ? new BoardContent(board, cards)
                : new BoardContent(board, cards, boards.openByColumn(board.getId()));
    }

    public BoardColumn addColumn(Actor actor, long projectId, String name, Integer wipLimit) {
        Board board = access.manage(actor, projectId).board();
        BoardColumn column = board.addColumn(name, wipLimit);
        boards.flush();
        changed(actor, projectId, "COLUMN_ADDED");
        return column;
    }

    /** Renames, re-limits and/or moves a column; null fields stay as they are. */
    public BoardColumn updateColumn(Actor actor, long columnId, String name, Integer wipLimit, boolean clearWip, Integer position) {
        BoardColumn column = boards.column(columnId).orElseThrow(() -> DomainException.notFound("Column"));
        Board board = column.getBoard();
        access.manage(actor, board.getProjectId());
        if (name != null) {
            column.rename(name);
        }
        if (wipLimit != null || clearWip) {
            column.limitTo(clearWip ? null : wipLimit);
        }
        if (position != null) {
            board.moveColumn(column, position);
        }
        changed(actor, board.getProjectId(), "COLUMN_CHANGED");
        return column;
    }

    public void removeColumn(Actor actor, long columnId) {
        BoardColumn column = boards.column(columnId).orElseThrow(() -> DomainException.notFound("Column"));
        Board board = column.getBoard();
        access.manage(actor, board.getProjectId());
        board.removeColumn(column, boards.countAllIn(column));
        changed(actor, board.getProjectId(), "COLUMN_REMOVED");
    }

    public Swimlane addSwimlane(Actor actor, long projectId, String name, Integer wipLimit) {
        Board board = access.manage(actor, projectId).board();
        Swimlane lane = board.addSwimlane(name, wipLimit);
        boards.flush();
        changed(actor, projectId, "LANE_ADDED");
        return lane;
    }

    public Swimlane updateSwimlane(Actor actor, long laneId, String name, Integer wipLimit, boolean clearWip) {
        Swimlane lane = boards.lane(laneId).orElseThrow(() -> DomainException.notFound("Swimlane"));
        Board board = boards.board(lane.getBoardId()).orElseThrow();
        access.manage(actor, board.getProjectId());
        if (name != null) {
            lane.rename(name);
        }
        if (wipLimit != null || clearWip) {
            lane.limitTo(clearWip ? null : wipLimit);
        }
        changed(actor, board.getProjectId(), "LANE_CHANGED");
        return lane;
    }

    public void removeSwimlane(Actor actor, long laneId) {
        Swimlane lane = boards.lane(laneId).orElseThrow(() -> DomainException.notFound("Swimlane"));
        Board board = boards.board(lane.getBoardId()).orElseThrow();
        access.manage(actor, board.getProjectId());
        board.removeSwimlane(lane);
        changed(actor, board.getProjectId(), "LANE_REMOVED");
    }

    private void changed(Actor actor, long projectId, String type) {
        events.publish(projectId, "BOARD_CHANGED", null, actor, BoardEventLog.payload().add("change", type), clock.now());
    }
}
