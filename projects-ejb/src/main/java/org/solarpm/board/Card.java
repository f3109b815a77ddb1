package org.solarpm.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A task on a board. Within a column cards are ordered by {@code rank}, a string that sorts
 * lexicographically, so a later move can slot a card between two others by writing one row.
 */
@Entity
@Table(name = "card")
@NamedQuery(name = Card.OF_BOARD, query = "SELECT c FROM Card c WHERE c.boardId = :boardId ORDER BY c.columnId, c.rank")
@NamedQuery(name = Card.COUNT_OF_BOARD, query = "SELECT COUNT(c) FROM Card c WHERE c.boardId = :boardId")
public class Card {

    public static final String OF_BOARD = "Card.ofBoard";
    public static final String COUNT_OF_BOARD = "Card.countOfBoard";
    /** Gap between the ranks of consecutive cards created together, leaving room for moves in between. */
    public static final int RANK_STEP = 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "board_id", nullable = false, updatable = false)
    private long boardId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "column_id")
    private BoardColumn column;

    @Column(name = "column_id", insertable = false, updatable = false)
    private Long columnId;

    @Column(nullable = false, length = 60)
    private String code;

    @Column(name = "title_zh", nullable = false, length = 300)
    private String titleZh;

    @Column(name = "title_en", nullable = false, length = 300)
    private String titleEn;

    @Column(nullable = false, length = 32)
    private String stage;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "responsible_role", length = 32)
    private String responsibleRole;

    @Column(name = "block_no")
    private Integer blockNo;

    @Column(name = "`rank`", nullable = false, length = 64)
    private String rank;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Card() {
    }

    public Card(Board board, BoardColumn column, String code, String titleZh, String titleEn, String stage,
                LocalDate startDate, LocalDate dueDate, String responsibleRole, Integer blockNo, String rank, Instant createdAt) {
        this.boardId = board.getId();
        this.column = column;
        this.code = code;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.stage = stage;
        this.startDate = startDate;
        this.dueDate = dueDate;
        this.responsibleRole = responsibleRole;
        this.blockNo = blockNo;
        this.rank = rank;
        this.createdAt = createdAt;
    }

    /** The rank of the n-th (0-based) card of a freshly laid-out column: fixed width, so strings sort like numbers. */
    public static String initialRank(int n) {
        return String.format("%012d", (long) (n + 1) * RANK_STEP);
    }

    public Long getId() {
        return id;
    }

    public long getBoardId() {
        return boardId;
    }

    public BoardColumn getColumn() {
        return column;
    }

    public Long getColumnId() {
        return columnId != null ? columnId : column == null ? null : column.getId();
    }

    public String getCode() {
        return code;
    }

    public String getTitleZh() {
        return titleZh;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getStage() {
        return stage;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getResponsibleRole() {
        return responsibleRole;
    }

    public Integer getBlockNo() {
        return blockNo;
    }

    public String getRank() {
        return rank;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Card c && id != null && id.equals(c.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
