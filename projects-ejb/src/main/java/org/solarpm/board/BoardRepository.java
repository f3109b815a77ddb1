package org.solarpm.board;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Boards, their columns, lanes and cards. Every query a board screen or a move runs is a single
 * indexed statement (no per-card queries): the board read is four set-based selects, a move's
 * neighbour and WIP lookups are one row or one count each.
 */
@ApplicationScoped
public class BoardRepository {

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/solarpm")
    DataSource dataSource;

    public void add(Board board) {
        em.persist(board);
    }

    public void addCards(List<Card> cards) {
        cards.forEach(em::persist);
    }

    public void add(Object entity) {
        em.persist(entity);
    }

    /**
     * Appends a line to a card's history with one INSERT: its key is never needed back, and
     * persisting the entity would cost a second round trip to learn it.
     */
    public void record(CardActivity a) {
        em.createNativeQuery("INSERT INTO card_activity (card_id, actor_id, actor_name, action, detail, at) VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, a.getCardId()).setParameter(2, a.getActorId()).setParameter(3, a.getActorName())
                .setParameter(4, a.getAction().name()).setParameter(5, a.getDetail())
                .setParameter(6, java.time.LocalDateTime.ofInstant(a.getAt(), java.time.ZoneOffset.UTC)).executeUpdate();
    }

    /** Writes pending changes now (to learn generated keys and new versions, or to hit a version conflict here). */
    public void flush() {
        em.flush();
    }

    public Optional<Board> boardOf(long projectId) {
        return em.createNamedQuery(Board.OF_PROJECT, Board.class).setParameter("projectId", projectId).getResultList().stream().findFirst();
    }

    public Optional<Board> board(long id) {
        return Optional.ofNullable(em.find(Board.class, id));
    }

    public Optional<Card> card(long id) {
        return Optional.ofNullable(em.find(Card.class, id));
    }

    public Optional<BoardColumn> column(long id) {
        return Optional.ofNullable(em.find(BoardColumn.class, id));
    }

    public Optional<Swimlane> lane(long id) {
        return Optional.ofNullable(em.find(Swimlane.class, id));
    }

    public List<Card> cardsOf(Board board) {
        return em.createNamedQuery(Card.OF_BOARD, Card.class).setParameter("boardId", board.getId()).getResultList();
    }

    public long countCards(Board board) {
        return em.createNamedQuery(Card.COUNT_OF_BOARD, Long.class).setParameter("boardId", board.getId()).getSingleResult();
    }

    /** The rank of the first open card after {@code afterRank} (null: the column's first), skipping the moving card. */
    public String rankAfter(long columnId, String afterRank, long skipCardId) {
        Query q = afterRank == null
                ? em.createNativeQuery("SELECT `rank` FROM card WHERE column_id = ? AND archived_at IS NULL AND id <> ?"
                        + " ORDER BY `rank` LIMIT 1").setParameter(1, columnId).setParameter(2, skipCardId)
                : em.createNativeQuery("SELECT `rank` FROM card WHERE column_id = ? AND archived_at IS NULL AND `rank` > ? AND id <> ?"
                        + " ORDER BY `rank` LIMIT 1").setParameter(1, columnId).setParameter(2, afterRank).setParameter(3, skipCardId);
        List<?> rows = q.getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    /** Open cards per column of a board, whatever a filter shows (what WIP limits count). */
    public Map<Long, Integer> openByColumn(long boardId) {
        Map<Long, Integer> out = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT column_id, COUNT(*) FROM card WHERE board_id = ? AND archived_at IS NULL GROUP BY column_id")
                .setParameter(1, boardId).getResultList()) {
            Object[] r = (Object[]) row;
            out.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue());
        }
        return out;
    }

    /** The rank of the column's last open card, or null if it has none. */
    public String lastRank(long columnId) {
        List<?> rows = em.createNativeQuery("SELECT `rank` FROM card WHERE column_id = ? AND archived_at IS NULL ORDER BY `rank` DESC LIMIT 1")
                .setParameter(1, columnId).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    /** Locks the column row until commit, so two moves into a full column cannot both pass the WIP check. */
    public long lockAndCountOpen(BoardColumn column) {
        em.createNativeQuery("SELECT id FROM board_column WHERE id = ? FOR UPDATE").setParameter(1, column.getId()).getResultList();
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM card WHERE column_id = ? AND archived_at IS NULL")
                .setParameter(1, column.getId()).getSingleResult()).longValue();
    }

    public long lockAndCountOpen(Swimlane lane) {
        em.createNativeQuery("SELECT id FROM board_swimlane WHERE id = ? FOR UPDATE").setParameter(1, lane.getId()).getResultList();
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM card WHERE swimlane_id = ? AND archived_at IS NULL")
                .setParameter(1, lane.getId()).getSingleResult()).longValue();
    }

    /**
     * Gives cards of a column new order keys in one statement, without touching their version: a
     * re-spacing is not an edit of those cards, and a user's next move of one of them must not
     * fail as stale. Cards that have left the column meanwhile are left alone.
     */
    public void respace(long columnId, Map<Long, String> ranks) {
        if (ranks.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("UPDATE card SET `rank` = CASE id");
        List<Object> params = new ArrayList<>();
        ranks.forEach((id, rank) -> {
            sql.append(" WHEN ? THEN ?");
            params.add(id);
            params.add(rank);
        });
        sql.append(" END WHERE column_id = ? AND id IN (");
        params.add(columnId);
        int i = 0;
        for (Long id : ranks.keySet()) {
            sql.append(i++ == 0 ? "?" : ", ?");
            params.add(id);
        }
        sql.append(")");
        bind(em.createNativeQuery(sql.toString()), params).executeUpdate();
    }

    /** All cards (open or archived) in a column, which must be none before the column may go. */
    public long countAllIn(BoardColumn column) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM card WHERE column_id = ?").setParameter(1, column.getId())
                .getSingleResult()).longValue();
    }

    /** Up to {@code limit} open cards of a column next to a rank, nearest first, for re-spacing. */
    public List<Card> neighbours(long columnId, String rank, boolean before, int limit) {
        String jpql = before
                ? "SELECT c FROM Card c WHERE c.columnId = :col AND c.archivedAt IS NULL AND c.rank <= :rank ORDER BY c.rank DESC"
                : "SELECT c FROM Card c WHERE c.columnId = :col AND c.archivedAt IS NULL AND c.rank > :rank ORDER BY c.rank";
        return em.createQuery(jpql, Card.class).setParameter("col", columnId).setParameter("rank", rank == null ? "" : rank)
                .setMaxResults(limit).getResultList();
    }

    /**
     * The open cards of a board that match the filter, ordered by column and rank, with assignees,
     * labels and checklist counts: four set-based statements over plain JDBC (the board of a big
     * site is thousands of rows, read on every visit; going through the JPA provider row by row
     * cost more than the database).
     */
    public List<CardSummary> summaries(long boardId, long doneColumnId, CardFilter filter, LocalDate today) {
        StringBuilder sql = new StringBuilder("SELECT c.id, c.code, c.title_zh, c.title_en, c.column_id, c.swimlane_id, c.`rank`,"
                + " c.version, c.stage, c.due_date, c.priority, c.block_no, c.responsible_role FROM card c"
                + " WHERE c.board_id = ? AND c.archived_at IS NULL");
        List<Object> params = new ArrayList<>(List.of(boardId));
        where(sql, params, filter, doneColumnId, today);
        sql.append(" ORDER BY c.column_id, c.`rank`");
        try (Connection c = dataSource.getConnection()) {
            Map<Long, List<CardSummary.Person>> people = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.card_id, u.id, u.display_name FROM card_assignee a"
                    + " JOIN card c ON c.id = a.card_id JOIN app_user u ON u.id = a.user_id WHERE c.board_id = ? AND c.archived_at IS NULL"
                    + " ORDER BY a.card_id, u.display_name")) {
                ps.setLong(1, boardId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        people.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(2)).add(new CardSummary.Person(rs.getLong(2), rs.getString(3)));
                    }
                }
            }
            Map<Long, List<String>> labels = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT l.card_id, l.label FROM card_label l JOIN card c ON c.id = l.card_id"
                    + " WHERE c.board_id = ? AND c.archived_at IS NULL ORDER BY l.card_id, l.label")) {
                ps.setLong(1, boardId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        labels.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(2)).add(rs.getString(2));
                    }
                }
            }
            Map<Long, int[]> checklists = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT i.card_id, SUM(i.done), COUNT(*) FROM card_checklist_item i"
                    + " JOIN card c ON c.id = i.card_id WHERE c.board_id = ? AND c.archived_at IS NULL GROUP BY i.card_id")) {
                ps.setLong(1, boardId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        checklists.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)});
                    }
                }
            }
            List<CardSummary> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        long lane = rs.getLong(6);
                        Long laneId = rs.wasNull() ? null : lane;
                        Date due = rs.getDate(10);
                        int block = rs.getInt(12);
                        Integer blockNo = rs.wasNull() ? null : block;
                        int[] check = checklists.getOrDefault(id, NO_CHECKLIST);
                        out.add(new CardSummary(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), laneId,
                                rs.getString(7), rs.getInt(8), rs.getString(9), due == null ? null : due.toLocalDate(),
                                Priority.valueOf(rs.getString(11)), blockNo, rs.getString(13),
                                people.getOrDefault(id, List.of()), labels.getOrDefault(id, List.of()), check[0], check[1]));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("reading board " + boardId, e);
        }
    }

    private static final int[] NO_CHECKLIST = new int[2];

    private static void where(StringBuilder sql, List<Object> params, CardFilter f, long doneColumnId, LocalDate today) {
        if (f.assigneeId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM card_assignee a WHERE a.card_id = c.id AND a.user_id = ?)");
            params.add(f.assigneeId());
        }
        if (f.label() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM card_label l WHERE l.card_id = c.id AND l.label = ?)");
            params.add(f.label());
        }
        if ("overdue".equals(f.due())) {
            sql.append(" AND c.due_date < ? AND c.column_id <> ?");
            params.add(Date.valueOf(today));
            params.add(doneColumnId);
        } else if ("week".equals(f.due())) {
            sql.append(" AND c.due_date BETWEEN ? AND ?");
            params.add(Date.valueOf(today));
            params.add(Date.valueOf(today.plusDays(7)));
        } else if ("none".equals(f.due())) {
            sql.append(" AND c.due_date IS NULL");
        }
        if (f.text() != null) {
            sql.append(" AND (LOWER(c.code) LIKE ? OR LOWER(c.title_zh) LIKE ? OR LOWER(c.title_en) LIKE ?)");
            String like = f.likePattern();
            params.add(like);
            params.add(like);
            params.add(like);
        }
    }

    /** Display names of users by id (for a card's assignees). */
    public Map<Long, String> namesOf(java.util.Collection<Long> userIds) {
        Map<Long, String> out = new HashMap<>();
        if (userIds.isEmpty()) {
            return out;
        }
        for (Object row : em.createQuery("SELECT u.id, u.displayName FROM User u WHERE u.id IN :ids", Object[].class)
                .setParameter("ids", userIds).getResultList()) {
            Object[] r = (Object[]) row;
            out.put(((Number) r[0]).longValue(), (String) r[1]);
        }
        return out;
    }

    public List<CardComment> commentsOf(long cardId) {
        return em.createNamedQuery(CardComment.OF_CARD, CardComment.class).setParameter("cardId", cardId).getResultList();
    }

    public List<CardActivity> activityOf(long cardId, int limit) {
        return em.createNamedQuery(CardActivity.OF_CARD, CardActivity.class).setParameter("cardId", cardId).setMaxResults(limit).getResultList();
    }

    public void attach(long cardId, long documentId) {
        em.createNativeQuery("INSERT INTO card_attachment (card_id, document_id) VALUES (?, ?)")
                .setParameter(1, cardId).setParameter(2, documentId).executeUpdate();
    }

    public List<Long> attachmentsOf(long cardId) {
        List<Long> out = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT document_id FROM card_attachment WHERE card_id = ? ORDER BY document_id")
                .setParameter(1, cardId).getResultList()) {
            out.add(((Number) o).longValue());
        }
        return out;
    }

    /** The card an earlier create with this idempotency key made, if any. */
    public Optional<Card> createdWithKey(long boardId, long userId, String key) {
        return em.createQuery("SELECT c FROM Card c WHERE c.boardId = :b AND c.createdBy = :u AND c.creationKey = :k", Card.class)
                .setParameter("b", boardId).setParameter("u", userId).setParameter("k", key).getResultList().stream().findFirst();
    }

    static Query bind(Query q, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return q;
    }

    static LocalDate toDate(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof Date d ? d.toLocalDate() : o instanceof LocalDate l ? l : LocalDate.parse(o.toString());
    }
}
