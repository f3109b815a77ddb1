package org.solarpm.board;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.solarpm.shared.DomainException;

/**
 * A task on a board. Within a column cards are ordered by {@code rank}, a string that sorts
 * byte by byte ({@link Rank}), so a move slots a card between two others by writing one row.
 * Titles are kept per language for template cards; a user's edit sets both.
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
    public static final int MAX_TITLE = 300;
    public static final int MAX_DESCRIPTION = 20_000;
    public static final int MAX_LABELS = 20;
    public static final int MAX_LABEL = 40;
    public static final int MAX_CHECKLIST = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "board_id", nullable = false, updatable = false)
    private long boardId;

    // Card rows refer to column and lane by id: a move writes the ids without loading the old column.
    @Column(name = "column_id", nullable = false)
    private Long columnId;

    @Column(name = "swimlane_id")
    private Long swimlaneId;

    @Column(nullable = false, length = 60)
    private String code;

    @Column(name = "title_zh", nullable = false, length = MAX_TITLE)
    private String titleZh;

    @Column(name = "title_en", nullable = false, length = MAX_TITLE)
    private String titleEn;

    @Column(length = MAX_DESCRIPTION)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Priority priority = Priority.NORMAL;

    @Column(nullable = false, length = 32)
    private String stage;

    @Column(name = "milestone_id")
    private Long milestoneId;

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

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Column(name = "creation_key", updatable = false, length = 80)
    private String creationKey;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @ElementCollection
    @CollectionTable(name = "card_assignee", joinColumns = @JoinColumn(name = "card_id"))
    @Column(name = "user_id")
    private Set<Long> assigneeIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "card_label", joinColumns = @JoinColumn(name = "card_id"))
    @Column(name = "label")
    private Set<String> labels = new LinkedHashSet<>();

    @OneToMany(mappedBy = "card", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ChecklistItem> checklist = new ArrayList<>();

    @Version
    private int version;

    protected Card() {
    }

    /** A card laid out from a project template. */
    public Card(Board board, BoardColumn column, String code, String titleZh, String titleEn, String stage,
                LocalDate startDate, LocalDate dueDate, String responsibleRole, Integer blockNo, String rank, Instant createdAt) {
        this.boardId = board.getId();
        this.columnId = column.getId();
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

    /** A card a user creates at the end of a column (rank given by the caller, after the column's last card). */
    public static Card create(BoardColumn column, Swimlane lane, String code, String title, String stage, String rank,
                              long createdBy, String creationKey, Instant at) {
        Card card = new Card();
        card.boardId = column.getBoardId();
        card.columnId = column.getId();
        card.swimlaneId = lane == null ? null : lane.getId();
        card.code = code;
        card.retitle(title);
        card.stage = stage;
        card.rank = rank;
        card.createdAt = at;
        card.createdBy = createdBy;
        card.creationKey = creationKey;
        card.updatedAt = at;
        return card;
    }

    /** The rank of the n-th (0-based) card of a freshly laid-out column: fixed width, so strings sort like numbers. */
    public static String initialRank(int n) {
        return String.format("%012d", (long) (n + 1) * RANK_STEP);
    }

    /**
     * Moves the card into {@code target} (and lane {@code laneId}, null = no lane; the caller checks
     * that the lane belongs to the board) between two neighbours,
     * given by their ranks (null = column start / end). Only this card's row changes.
     *
     * @return false if the keys between the neighbours have grown too long: the caller re-spaces
     *         the neighbourhood ({@link Rank#spread}) and asks again
     */
    public boolean moveTo(BoardColumn target, Long laneId, String afterRank, String beforeRank, Instant at) {
        if (archivedAt != null) {
            throw DomainException.conflict("error.card.archived");
        }
        if (target.getBoardId() != boardId) {
            throw DomainException.notFound("Column");
        }
        String fresh = Rank.between(afterRank, beforeRank);
        if (Rank.tooLong(fresh)) {
            return false;
        }
        this.columnId = target.getId();
        this.swimlaneId = laneId;
        this.rank = fresh;
        this.updatedAt = at;
        return true;
    }

    /** Re-spacing a crowded neighbourhood gives a card a new key without moving it. */
    void respace(String newRank) {
        this.rank = newRank;
    }

    public void retitle(String title) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > MAX_TITLE) {
            throw DomainException.invalid("title", "error.card.title", MAX_TITLE);
        }
        this.titleZh = t;
        this.titleEn = t;
    }

    public void describe(String text) {
        if (text != null && text.length() > MAX_DESCRIPTION) {
            throw DomainException.invalid("description", "error.card.description", MAX_DESCRIPTION);
        }
        this.description = text == null || text.isBlank() ? null : text;
    }

    public void prioritise(Priority p) {
        this.priority = p == null ? Priority.NORMAL : p;
    }

    public void dueOn(LocalDate date) {
        this.dueDate = date;
    }

    public void linkMilestone(Long id) {
        this.milestoneId = id;
    }

    public void assign(Set<Long> userIds) {
        assigneeIds.clear();
        assigneeIds.addAll(userIds);
    }

    public void label(Set<String> newLabels) {
        Set<String> clean = new LinkedHashSet<>();
        for (String l : newLabels) {
            String s = l == null ? "" : l.strip();
            if (s.isEmpty() || s.length() > MAX_LABEL) {
                throw DomainException.invalid("labels", "error.card.label", MAX_LABEL);
            }
            clean.add(s);
        }
        if (clean.size() > MAX_LABELS) {
            throw DomainException.invalid("labels", "error.card.labels", MAX_LABELS);
        }
        labels.clear();
        labels.addAll(clean);
    }

    /** Replaces the checklist: items keep their done state as given. */
    public void checklist(List<ChecklistItem.Draft> items) {
        if (items.size() > MAX_CHECKLIST) {
            throw DomainException.invalid("checklist", "error.card.checklist", MAX_CHECKLIST);
        }
        List<ChecklistItem> next = new ArrayList<>();
        for (ChecklistItem.Draft d : items) {
            next.add(new ChecklistItem(this, next.size(), d.text(), d.done()));
        }
        checklist.clear();
        checklist.addAll(next);
    }

    public void touched(Instant at) {
        this.updatedAt = at;
    }

    public void archive(Instant at) {
        if (archivedAt == null) {
            archivedAt = at;
            updatedAt = at;
        }
    }

    public void restore(Instant at) {
        archivedAt = null;
        updatedAt = at;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getBoardId() {
        return boardId;
    }

    public Long getColumnId() {
        return columnId;
    }

    public Long getSwimlaneId() {
        return swimlaneId;
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

    public String titleIn(java.util.Locale locale) {
        return org.solarpm.shared.Messages.pick(locale, titleZh, titleEn);
    }

    public String getDescription() {
        return description;
    }

    public Priority getPriority() {
        return priority;
    }

    public String getStage() {
        return stage;
    }

    public Long getMilestoneId() {
        return milestoneId;
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

    public Long getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }

    public Set<Long> getAssigneeIds() {
        return Set.copyOf(assigneeIds);
    }

    public Set<String> getLabels() {
        return new LinkedHashSet<>(labels);
    }

    public List<ChecklistItem> getChecklist() {
        return List.copyOf(checklist);
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
