package org.solarpm.web.board;

import java.util.Locale;
import org.solarpm.board.BoardColumn;
import org.solarpm.board.Swimlane;

/**
 * JSON of a column or a swimlane as the column and lane endpoints answer it. The whole board is
 * written by {@link BoardJson} (same field names, cards inside each column).
 */
final class BoardViewModel {

    private BoardViewModel() {
    }

    public record ColumnView(long id, String code, String name, int position, Integer wipLimit) {
        static ColumnView of(BoardColumn c, Locale locale) {
            return new ColumnView(c.getId(), c.getCode(), c.nameIn(locale), c.getPosition(), c.getWipLimit());
        }
    }

    public record LaneView(long id, String name, int position, Integer wipLimit) {
        static LaneView of(Swimlane l) {
            return new LaneView(l.getId(), l.getName(), l.getPosition(), l.getWipLimit());
        }
    }
}
