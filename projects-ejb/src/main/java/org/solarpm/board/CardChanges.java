package org.solarpm.board;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A partial edit of a card: null fields stay as they are; {@code clearDueDate}/{@code clearMilestone} empty them. */
public record CardChanges(int version, String title, String description, LocalDate dueDate, boolean clearDueDate, Priority priority,
                          Set<Long> assigneeIds, Set<String> labels, List<ChecklistItem.Draft> checklist, Long milestoneId,
                          boolean clearMilestone) {
}
