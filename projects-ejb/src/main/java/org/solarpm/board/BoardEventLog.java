package org.solarpm.board;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.solarpm.identity.Actor;

/**
 * The outbox of live board changes. A change writes its event row in its own transaction (so a
 * refused or rolled-back change publishes nothing); every app instance reads new rows by id and
 * pushes them to its own viewers. The database is the only thing instances share.
 */
@ApplicationScoped
public class BoardEventLog {

    /** Looked up once: the static factories of jakarta.json.Json search for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** A published change, as viewers receive it. */
    public record Event(long id, long projectId, String type, Long cardId, Long actorId, String payload, Instant at) {
    }

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/solarpm")
    DataSource dataSource;

    /** Writes an event in the caller's transaction: one INSERT. */
    public void publish(long projectId, String type, Long cardId, Actor actor, JsonObjectBuilder payload, Instant at) {
        String json = payload.add("type", type).add("projectId", projectId)
                .add("by", actor == null ? "" : actor.displayName()).add("byId", actor == null ? 0 : actor.id()).build().toString();
        em.createNativeQuery("INSERT INTO board_event (project_id, type, card_id, actor_id, payload, at) VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, projectId).setParameter(2, type).setParameter(3, cardId)
                .setParameter(4, actor == null ? null : actor.id()).setParameter(5, json)
                .setParameter(6, LocalDateTime.ofInstant(at, ZoneOffset.UTC)).executeUpdate();
    }

    /** A member removed from a project loses the project's live board at once, on every instance. */
    void onMemberRemoved(@jakarta.enterprise.event.Observes org.solarpm.project.MemberRemoved removed) {
        publish(removed.projectId(), ACCESS_REVOKED, null, null, payload().add("userId", removed.userId()), java.time.Instant.now());
    }

    /** Event type telling the live-board instances to close a user's streams of that project. */
    public static final String ACCESS_REVOKED = "ACCESS_REVOKED";

    public static JsonObjectBuilder payload() {
        return JSON.createObjectBuilder();
    }

    /**
     * Events with an id above {@code afterId} (at most {@code limit}), oldest first. Runs outside
     * any transaction on its own pooled connection.
     */
    public List<Event> since(long afterId, int limit) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id, project_id, type, card_id, actor_id, payload, at FROM board_event"
                     + " WHERE id > ? ORDER BY id LIMIT ?")) {
            ps.setLong(1, afterId);
            ps.setInt(2, limit);
            List<Event> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Event(rs.getLong(1), rs.getLong(2), rs.getString(3), (Long) rs.getObject(4, Long.class),
                            (Long) rs.getObject(5, Long.class), rs.getString(6), rs.getTimestamp(7).toLocalDateTime().toInstant(ZoneOffset.UTC)));
                }
            }
            return out;
        }
    }

    /** The newest event id (where a freshly started instance begins reading). */
    public long latestId() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM board_event");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Deletes events older than {@code before}; viewers that were away longer reload the board. */
    public int purge(Instant before) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM board_event WHERE at < ? LIMIT 10000")) {
            ps.setTimestamp(1, Timestamp.valueOf(LocalDateTime.ofInstant(before, ZoneOffset.UTC)));
            return ps.executeUpdate();
        }
    }
}
