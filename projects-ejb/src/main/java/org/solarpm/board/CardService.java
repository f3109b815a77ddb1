package org.solarpm.board;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.solarpm.identity.Actor;
import org.solarpm.milestone.Milestone;
import org.solarpm.project.DocumentService;
import org.solarpm.project.Project;
import org.solarpm.project.ProjectDocument;
import org.solarpm.project.ProjectRepository;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.DomainException;

/**
 * Cards: create, read with everything the card panel shows, edit, comment, attach files (stored as
 * project documents), archive and restore. Each change is written to the card's activity history
 * and published to live viewers in the same transaction.
 */
@Stateless
public class CardService {

    /** Looked up once: the static factories of jakarta.json.Json search for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @PersistenceContext
    EntityManager em;

    @Inject
    BoardAccess access;

    @Inject
    BoardRepository boards;

    @Inject
    BoardEventLog events;

    @Inject
    DocumentService documents;

    @Inject
    ProjectRepository projects;

    @Inject
    CompanyClock clock;

    /** Creates a card at the end of its column; with an idempotency key a repeated request returns the first card. */
    public Card create(Actor actor, long projectId, NewCard cmd, String idempotencyKey) {
        BoardAccess.Scope scope = access.contribute(actor, projectId);
        Board board = scope.board();
        if (idempotencyKey != null) {
            var earlier = boards.createdWithKey(board.getId(), actor.id(), idempotencyKey);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        BoardColumn column = cmd.columnId() == null ? board.backlog() : columnOf(board, cmd.columnId());
        Swimlane lane = cmd.swimlaneId() == null ? null : laneOf(board, cmd.swimlaneId());
        Instant now = clock.now();
        String code = "K-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        Card card = Card.create(column, lane, code, cmd.title(), scope.project().getStage().name(),
                Rank.between(boards.lastRank(column.getId()), null), actor.id(), idempotencyKey, now);
        card.describe(cmd.description());
        card.prioritise(cmd.priority());
        card.dueOn(cmd.dueDate());
        card.linkMilestone(milestoneOf(scope.project(), cmd.milestoneId()));
        card.assign(members(scope.project(), cmd.assigneeIds()));
        card.label(cmd.labels() == null ? Set.of() : cmd.labels());
        card.checklist(cmd.checklist() == null ? List.of() : cmd.checklist());
        boards.add(card);
        boards.flush();
        boards.record(new CardActivity(card, actor, CardActivity.Action.CREATED, column.nameIn(actor.locale()), now));
        events.publish(projectId, "CARD_CREATED", card.getId(), actor, summary(card), now);
        return card;
    }

    public CardDetails details(Actor actor, long cardId) {
        BoardAccess.CardScope s = access.viewCard(actor, cardId);
        Card card = s.card();
        List<ProjectDocument> files = new ArrayList<>();
        for (Long id : boards.attachmentsOf(cardId)) {
            projects.document(id).ifPresent(files::add);
        }
        return new CardDetails(card, s.project().getId(), boards.namesOf(card.getAssigneeIds()), boards.commentsOf(cardId),
                boards.activityOf(cardId, 100), files);
    }

    public Card update(Actor actor, long cardId, CardChanges ch) {
        BoardAccess.CardScope s = access.contributeToCard(actor, cardId);
        Card card = s.card();
        checkVersion(card, ch.version());
        List<String> changed = new ArrayList<>();
        if (ch.title() != null) {
            card.retitle(ch.title());
            changed.add("title");
        }
        if (ch.description() != null) {
            card.describe(ch.description());
            changed.add("description");
        }
        if (ch.dueDate() != null || ch.clearDueDate()) {
            card.dueOn(ch.clearDueDate() ? null : ch.dueDate());
            changed.add("dueDate");
        }
        if (ch.priority() != null) {
            card.prioritise(ch.priority());
            changed.add("priority");
        }
        if (ch.assigneeIds() != null) {
            card.assign(members(s.project(), ch.assigneeIds()));
            changed.add("assignees");
        }
        if (ch.labels() != null) {
            card.label(ch.labels());
            changed.add("labels");
        }
        if (ch.checklist() != null) {
            card.checklist(ch.checklist());
            changed.add("checklist");
        }
        if (ch.milestoneId() != null || ch.clearMilestone()) {
            card.linkMilestone(ch.clearMilestone() ? null : milestoneOf(s.project(), ch.milestoneId()));
            changed.add("milestone");
        }
        Instant now = clock.now();
        card.touched(now);
        boards.flush();
        boards.record(new CardActivity(card, actor, CardActivity.Action.EDITED, String.join(", ", changed), now));
        events.publish(s.project().getId(), "CARD_UPDATED", card.getId(), actor, summary(card), now);
        return card;
    }

    public CardComment comment(Actor actor, long cardId, String body) {
        BoardAccess.CardScope s = access.contributeToCard(actor, cardId);
        Instant now = clock.now();
        CardComment comment = new CardComment(s.card(), actor, body, now);
        boards.add(comment);
        boards.record(new CardActivity(s.card(), actor, CardActivity.Action.COMMENTED, null, now));
        events.publish(s.project().getId(), "CARD_COMMENTED", cardId, actor, BoardEventLog.payload().add("cardId", cardId), now);
        boards.flush();
        return comment;
    }

    /** Stores a file as a project document (same checks and storage) and links it to the card. */
    public ProjectDocument attach(Actor actor, long cardId, String fileName, InputStream content) {
        BoardAccess.CardScope s = access.contributeToCard(actor, cardId);
        ProjectDocument document = documents.upload(actor, s.project().getId(), fileName, content);
        boards.flush();
        boards.attach(cardId, document.getId());
        Instant now = clock.now();
        boards.record(new CardActivity(s.card(), actor, CardActivity.Action.ATTACHED, document.getFileName(), now));
        events.publish(s.project().getId(), "CARD_UPDATED", cardId, actor, summary(s.card()), now);
        return document;
    }

    public Card archive(Actor actor, long cardId, int version, boolean archived) {
        BoardAccess.CardScope s = access.contributeToCard(actor, cardId);
        Card card = s.card();
        checkVersion(card, version);
        Instant now = clock.now();
        if (archived) {
            card.archive(now);
        } else {
            // back at the end of its column: its old place may have been taken meanwhile
            card.restore(now);
            card.respace(Rank.between(boards.lastRank(card.getColumnId()), null));
        }
        boards.flush();
        boards.record(new CardActivity(card, actor, archived ? CardActivity.Action.ARCHIVED : CardActivity.Action.RESTORED, null, now));
        events.publish(s.project().getId(), archived ? "CARD_ARCHIVED" : "CARD_CREATED", cardId, actor, summary(card), now);
        return card;
    }

    static void checkVersion(Card card, int expected) {
        if (card.getVersion() != expected) {
            throw DomainException.conflict("error.staleVersion");
        }
    }

    private BoardColumn columnOf(Board board, long columnId) {
        return boards.column(columnId).filter(c -> c.getBoardId() == board.getId().longValue())
                .orElseThrow(() -> DomainException.notFound("Column"));
    }

    private Swimlane laneOf(Board board, long laneId) {
        return boards.lane(laneId).filter(l -> l.getBoardId() == board.getId().longValue())
                .orElseThrow(() -> DomainException.notFound("Swimlane"));
    }

    private Long milestoneOf(Project project, Long milestoneId) {
        if (milestoneId == null) {
            return null;
        }
        Milestone m = em.find(Milestone.class, milestoneId);
        if (m == null || m.getProjectId() != project.getId()) {
            throw DomainException.invalid("milestoneId", "error.unknownReference", milestoneId);
        }
        return milestoneId;
    }

    /** Only project members can be assigned. */
    private static Set<Long> members(Project project, Set<Long> userIds) {
        if (userIds == null) {
            return Set.of();
        }
        for (Long id : userIds) {
            if (id == null || !BoardAccess.isMember(project, id)) {
                throw DomainException.invalid("assigneeIds", "error.card.assigneeNotMember", id);
            }
        }
        return userIds;
    }

    /** The card as live viewers need it to redraw it without asking. */
    JsonObjectBuilder summary(Card card) {
        JsonArrayBuilder assignees = JSON.createArrayBuilder();
        boards.namesOf(card.getAssigneeIds()).forEach((id, name) -> assignees.add(JSON.createObjectBuilder().add("id", id).add("name", name)));
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        card.getLabels().forEach(labels::add);
        long done = card.getChecklist().stream().filter(ChecklistItem::isDone).count();
        JsonObjectBuilder b = BoardEventLog.payload().add("cardId", card.getId()).add("code", card.getCode())
                .add("titleZh", card.getTitleZh()).add("titleEn", card.getTitleEn())
                .add("columnId", card.getColumnId()).add("rank", card.getRank()).add("version", card.getVersion())
                .add("stage", card.getStage()).add("priority", card.getPriority().name())
                .add("assignees", assignees).add("labels", labels)
                .add("checklistDone", done).add("checklistTotal", card.getChecklist().size())
                .add("archived", card.isArchived());
        if (card.getSwimlaneId() != null) {
            b.add("swimlaneId", card.getSwimlaneId());
        } else {
            b.addNull("swimlaneId");
        }
        if (card.getDueDate() != null) {
            b.add("dueDate", card.getDueDate().toString());
        } else {
            b.addNull("dueDate");
        }
        return b;
    }
}
