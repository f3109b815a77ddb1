package org.solarpm.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** A column of a board; {@code wipLimit} null means no limit. */
@Entity
@Table(name = "board_column")
public class BoardColumn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "board_id")
    private Board board;

    @Column(name = "board_id", insertable = false, updatable = false)
    private Long boardId;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(nullable = false)
    private int position;

    @Column(name = "wip_limit")
    private Integer wipLimit;

    protected BoardColumn() {
    }

    BoardColumn(Board board, String code, String nameZh, String nameEn, int position, Integer wipLimit) {
        this.board = board;
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.position = position;
        this.wipLimit = checkWip(wipLimit);
    }

    /** Renames the column (one name for both languages when a user edits it). */
    public void rename(String name) {
        String n = checkName(name);
        this.nameZh = n;
        this.nameEn = n;
    }

    /** Sets the WIP limit; null removes it. Cards already over a lowered limit stay, new ones are refused. */
    public void limitTo(Integer limit) {
        this.wipLimit = checkWip(limit);
    }

    void placeAt(int newPosition) {
        this.position = newPosition;
    }

    /** Whether {@code open} cards already fill the column (a move in would exceed the limit). */
    public boolean isFullWith(long open) {
        return wipLimit != null && open >= wipLimit;
    }

    public String nameIn(java.util.Locale locale) {
        return org.solarpm.shared.Messages.pick(locale, nameZh, nameEn);
    }

    static Integer checkWip(Integer limit) {
        if (limit != null && (limit < 1 || limit > 10_000)) {
            throw org.solarpm.shared.DomainException.invalid("wipLimit", "error.board.wipLimitRange", 1, 10_000);
        }
        return limit;
    }

    static String checkName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw org.solarpm.shared.DomainException.invalid("name", "error.board.name", 100);
        }
        return name.strip();
    }

    public Long getId() {
        return id;
    }

    public Board getBoard() {
        return board;
    }

    public Long getBoardId() {
        return boardId != null ? boardId : board.getId();
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getPosition() {
        return position;
    }

    public Integer getWipLimit() {
        return wipLimit;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof BoardColumn c && id != null && id.equals(c.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
