package org.solarpm.board;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A project's Kanban board: its columns in order, each with an optional WIP limit. Cards refer to board and column. */
@Entity
@Table(name = "board")
@NamedQuery(name = Board.OF_PROJECT, query = "SELECT b FROM Board b WHERE b.projectId = :projectId")
public class Board {

    public static final String OF_PROJECT = "Board.ofProject";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Version
    private int version;

    @OneToMany(mappedBy = "board", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<BoardColumn> columns = new ArrayList<>();

    @OneToMany(mappedBy = "board", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Swimlane> swimlanes = new ArrayList<>();

    protected Board() {
    }

    public Board(long projectId) {
        this.projectId = projectId;
    }

    public BoardColumn addColumn(String code, String nameZh, String nameEn, Integer wipLimit) {
        if (wipLimit != null && wipLimit < 1) {
            throw new IllegalArgumentException("WIP limit must be positive: " + wipLimit);
        }
        BoardColumn column = new BoardColumn(this, code, nameZh, nameEn, columns.size(), wipLimit);
        columns.add(column);
        return column;
    }

    /** A column added by a user at the right end (code generated, one name for both languages). */
    public BoardColumn addColumn(String name, Integer wipLimit) {
        String code = "C" + (columns.stream().mapToLong(c -> c.getId() == null ? 0 : c.getId()).max().orElse(0) + columns.size() + 1);
        BoardColumn column = new BoardColumn(this, code, BoardColumn.checkName(name), BoardColumn.checkName(name), columns.size(), wipLimit);
        columns.add(column);
        return column;
    }

    /** Moves a column to a new 0-based position, shifting the others. */
    public void moveColumn(BoardColumn column, int toPosition) {
        if (!columns.remove(column)) {
            throw org.solarpm.shared.DomainException.notFound("Column");
        }
        columns.add(Math.max(0, Math.min(toPosition, columns.size())), column);
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).placeAt(i);
        }
    }

    /** Removes an empty column; the last remaining column cannot go. */
    public void removeColumn(BoardColumn column, long cardsInIt) {
        if (cardsInIt > 0) {
            throw org.solarpm.shared.DomainException.conflict("error.board.columnNotEmpty", cardsInIt);
        }
        if (columns.size() <= 1) {
            throw org.solarpm.shared.DomainException.conflict("error.board.lastColumn");
        }
        columns.remove(column);
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).placeAt(i);
        }
    }

    public Swimlane addSwimlane(String name, Integer wipLimit) {
        Swimlane lane = new Swimlane(this, name, swimlanes.size(), wipLimit);
        swimlanes.add(lane);
        return lane;
    }

    /** Removes a lane; its cards stay on the board without a lane. */
    public void removeSwimlane(Swimlane lane) {
        swimlanes.remove(lane);
        for (int i = 0; i < swimlanes.size(); i++) {
            swimlanes.get(i).placeAt(i);
        }
    }

    public List<Swimlane> getSwimlanes() {
        return List.copyOf(swimlanes);
    }

    /** The rightmost column: cards there count as done (not open, never overdue). */
    public BoardColumn doneColumn() {
        return columns.get(columns.size() - 1);
    }

    /** The column new cards land in. */
    public BoardColumn backlog() {
        return columns.get(0);
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public int getVersion() {
        return version;
    }

    public List<BoardColumn> getColumns() {
        return List.copyOf(columns);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Board b && id != null && id.equals(b.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
