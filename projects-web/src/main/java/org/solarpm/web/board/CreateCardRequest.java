package org.solarpm.web.board;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.solarpm.board.ChecklistItem;
import org.solarpm.board.NewCard;
import org.solarpm.board.Priority;

/** A new card; without {@code columnId} it goes to the board's first column. */
public record CreateCardRequest(@NotBlank @Size(max = 300) String title, @Size(max = 20_000) String description, Long columnId,
                                Long swimlaneId, LocalDate dueDate, Priority priority, @Size(max = 50) Set<Long> assigneeIds,
                                @Size(max = 20) Set<@Size(min = 1, max = 40) String> labels,
                                @Size(max = 100) @Valid List<ChecklistLine> checklist, Long milestoneId) {

    /** A checklist line. */
    public record ChecklistLine(@NotBlank @Size(max = 300) String text, boolean done) {
    }

    NewCard toCommand() {
        return new NewCard(title, description, columnId, swimlaneId, dueDate, priority, assigneeIds, labels, lines(checklist), milestoneId);
    }

    static List<ChecklistItem.Draft> lines(List<ChecklistLine> lines) {
        return lines == null ? null : lines.stream().map(l -> new ChecklistItem.Draft(l.text(), l.done())).toList();
    }
}
