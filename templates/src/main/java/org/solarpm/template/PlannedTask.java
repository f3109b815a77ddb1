package org.solarpm.template;

import java.time.LocalDate;

/**
 * A concrete task of a new project, expanded from a {@link TaskDef}.
 *
 * @param code      unique within the project: the task code, plus {@code -B<nn>} for per-block tasks
 * @param taskCode  the template task it comes from
 * @param blockNo   the block (1-based) for per-block tasks, {@code null} otherwise
 * @param startDate first working day
 * @param dueDate   last working day, the deadline (inclusive)
 */
public record PlannedTask(String code, String taskCode, LocalizedText name, StageCode stage, Role role,
                          Integer blockNo, LocalDate startDate, LocalDate dueDate) {

    public boolean isPerBlock() {
        return blockNo != null;
    }
}
