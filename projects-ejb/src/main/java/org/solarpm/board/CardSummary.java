package org.solarpm.board;

import java.time.LocalDate;
import java.util.List;

/** A card as the board shows it, read with a handful of set-based queries whatever the board size. */
public record CardSummary(long id, String code, String titleZh, String titleEn, long columnId, Long swimlaneId, String rank,
                          int version, String stage, LocalDate dueDate, Priority priority, Integer blockNo, String responsibleRole,
                          List<Person> assignees, List<String> labels, int checklistDone, int checklistTotal) {

    /** A user shown by name. */
    public record Person(long id, String name) {
    }
}
