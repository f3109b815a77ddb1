package org.solarpm.board;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What a user gives to create a card; null column = the board's first column. */
public record NewCard(String title, String description, Long columnId, Long swimlaneId, LocalDate dueDate, Priority priority,
                      Set<Long> assigneeIds, Set<String> labels, List<ChecklistItem.Draft> checklist, Long milestoneId) {
}
