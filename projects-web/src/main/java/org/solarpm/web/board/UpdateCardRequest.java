package org.solarpm.web.board;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.solarpm.board.CardChanges;
import org.solarpm.board.Priority;

/** A partial edit of a card: fields left out stay as they are; {@code version} is the one the client saw. */
public record UpdateCardRequest(@NotNull Integer version, @Size(min = 1, max = 300) String title, @Size(max = 20_000) String description,
                                LocalDate dueDate, Boolean clearDueDate, Priority priority, @Size(max = 50) Set<Long> assigneeIds,
                                @Size(max = 20) Set<@Size(min = 1, max = 40) String> labels,
                                @Size(max = 100) @Valid List<CreateCardRequest.ChecklistLine> checklist, Long milestoneId,
                                Boolean clearMilestone) {

    CardChanges toCommand() {
        return new CardChanges(version, title, description, dueDate, Boolean.TRUE.equals(clearDueDate), priority, assigneeIds, labels,
                CreateCardRequest.lines(checklist), milestoneId, Boolean.TRUE.equals(clearMilestone));
    }
}
