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

/** A horizontal lane of a board (a sub-array, the roof, a crew) with an optional WIP limit over its open cards. */
@Entity
@Table(name = "board_swimlane")
public class Swimlane {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "board_id")
    private Board board;

    @Column(name = "board_id", insertable = false, updatable = false)
    private Long boardId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private int position;

    @Column(name = "wip_limit")
    private Integer wipLimit;

    protected Swimlane() {
    }

    Swimlane(Board board, String name, int position, Integer wipLimit) {
        this.board = board;
        this.boardId = board.getId();
        this.position = position;
        rename(name);
        limitTo(wipLimit);
    }

    public void rename(String newName) {
        this.name = BoardColumn.checkName(newName);
    }

    public void limitTo(Integer limit) {
        this.wipLimit = BoardColumn.checkWip(limit);
    }

    void placeAt(int newPosition) {
        this.position = newPosition;
    }

    public Long getId() {
        return id;
    }

    public Long getBoardId() {
        return boardId != null ? boardId : board.getId();
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }

    public Integer getWipLimit() {
        return wipLimit;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Swimlane s && id != null && id.equals(s.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
