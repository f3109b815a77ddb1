package org.solarpm.web.board;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.solarpm.board.Board;
import org.solarpm.board.BoardColumn;
import org.solarpm.board.BoardService;
import org.solarpm.board.CardSummary;
import org.solarpm.board.Swimlane;
import org.solarpm.shared.Messages;

/**
 * Writes a board as JSON with a streaming generator: the same shape as {@link BoardViewModel}, but
 * without reflection per card, since the board of a big site is thousands of cards and is read on
 * every visit. Absent values are written as explicit nulls.
 */
final class BoardJson {

    /** Looked up once: the static factories of jakarta.json.Json search for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private BoardJson() {
    }

    static byte[] write(BoardService.BoardContent content, long projectId, Locale locale) {
        Board board = content.board();
        Map<Long, List<CardSummary>> byColumn = new HashMap<>();
        for (CardSummary c : content.cards()) {
            byColumn.computeIfAbsent(c.columnId(), k -> new ArrayList<>()).add(c);
        }
        long done = board.doneColumn().getId();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + content.cards().size() * 300);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject().write("id", board.getId()).write("projectId", projectId).write("version", board.getVersion())
                    .write("cardCount", content.cards().size());
            g.writeStartArray("columns");
            for (BoardColumn col : board.getColumns()) {
                List<CardSummary> cards = byColumn.getOrDefault(col.getId(), List.of());
                g.writeStartObject().write("id", col.getId()).write("code", col.getCode()).write("name", col.nameIn(locale))
                        .write("position", col.getPosition());
                number(g, "wipLimit", col.getWipLimit());
                g.write("done", col.getId() == done).write("cardCount", cards.size()).write("openCount", content.openIn(col.getId()));
                g.writeStartArray("cards");
                for (CardSummary c : cards) {
                    card(g, c, locale);
                }
                g.writeEnd().writeEnd();
            }
            g.writeEnd();
            g.writeStartArray("swimlanes");
            for (Swimlane l : board.getSwimlanes()) {
                g.writeStartObject().write("id", l.getId()).write("name", l.getName()).write("position", l.getPosition());
                number(g, "wipLimit", l.getWipLimit());
                g.writeEnd();
            }
            g.writeEnd().writeEnd();
        }
        return out.toByteArray();
    }

    private static void card(JsonGenerator g, CardSummary c, Locale locale) {
        g.writeStartObject().write("id", c.id()).write("code", c.code()).write("title", Messages.pick(locale, c.titleZh(), c.titleEn()))
                .write("columnId", c.columnId());
        number(g, "swimlaneId", c.swimlaneId());
        g.write("rank", c.rank()).write("version", c.version()).write("stage", c.stage());
        text(g, "dueDate", c.dueDate() == null ? null : c.dueDate().toString());
        g.write("priority", c.priority().name());
        number(g, "blockNo", c.blockNo() == null ? null : c.blockNo().longValue());
        text(g, "responsibleRole", c.responsibleRole());
        g.writeStartArray("assignees");
        for (CardSummary.Person p : c.assignees()) {
            g.writeStartObject().write("id", p.id()).write("name", p.name()).writeEnd();
        }
        g.writeEnd().writeStartArray("labels");
        c.labels().forEach(g::write);
        g.writeEnd().write("checklistDone", c.checklistDone()).write("checklistTotal", c.checklistTotal()).writeEnd();
    }

    private static void number(JsonGenerator g, String name, Number value) {
        if (value == null) {
            g.writeNull(name);
        } else {
            g.write(name, value.longValue());
        }
    }

    private static void text(JsonGenerator g, String name, String value) {
        if (value == null) {
            g.writeNull(name);
        } else {
            g.write(name, value);
        }
    }
}
