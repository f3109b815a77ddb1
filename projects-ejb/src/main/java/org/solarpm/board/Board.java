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
