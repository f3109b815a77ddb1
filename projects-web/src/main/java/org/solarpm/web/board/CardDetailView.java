package org.solarpm.web.board;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.solarpm.board.Card;
import org.solarpm.board.CardDetails;
import org.solarpm.board.CardSummary;
import org.solarpm.board.ChecklistItem;

/** A card with everything the card panel shows. */
public record CardDetailView(long id, long projectId, String code, String title, String description, long columnId, Long swimlaneId,
                             String rank, int version, String stage, String priority, LocalDate dueDate, Long milestoneId,
                             List<CardSummary.Person> assignees, List<String> labels, List<Line> checklist, List<Comment> comments,
                             List<Attachment> attachments, List<Activity> activity, boolean archived, Instant createdAt,
                             Instant updatedAt) {

    public record Line(String text, boolean done) {
    }

    public record Comment(long id, String author, String body, Instant at) {
    }

    public record Attachment(long documentId, String fileName, String contentType, long sizeBytes, String contentUrl) {
    }

    public record Activity(String action, String by, String detail, Instant at) {
    }

    static CardDetailView of(CardDetails d, Locale locale) {
        Card c = d.card();
        return new CardDetailView(c.getId(), d.projectId(), c.getCode(), c.titleIn(locale), c.getDescription(), c.getColumnId(),
                c.getSwimlaneId(), c.getRank(), c.getVersion(), c.getStage(), c.getPriority().name(), c.getDueDate(), c.getMilestoneId(),
                d.assigneeNames().entrySet().stream().map(e -> new CardSummary.Person(e.getKey(), e.getValue()))
                        .sorted(java.util.Comparator.comparing(CardSummary.Person::name)).toList(),
                List.copyOf(c.getLabels()),
                c.getChecklist().stream().map((ChecklistItem i) -> new Line(i.getText(), i.isDone())).toList(),
                d.comments().stream().map(m -> new Comment(m.getId(), m.getAuthorName(), m.getBody(), m.getCreatedAt())).toList(),
                d.attachments().stream().map(a -> new Attachment(a.getId(), a.getFileName(), a.getContentType(), a.getSizeBytes(),
                        "documents/" + a.getId() + "/content")).toList(),
                d.activity().stream().map(a -> new Activity(a.getAction().name(), a.getActorName(), a.getDetail(), a.getAt())).toList(),
                c.isArchived(), c.getCreatedAt(), c.getUpdatedAt());
    }
}
