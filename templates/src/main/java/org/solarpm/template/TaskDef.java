package org.solarpm.template;

/**
 * A task the project is created with.
 *
 * <p>Days count from the project's planned start (day 0). The task occupies the calendar days
 * {@code dueOffsetDays - durationDays + 1} to {@code dueOffsetDays}, inclusive. A {@code perBlock}
 * task is created once per block, the blocks sharing that window evenly (see {@link ProjectPlan}).
 *
 * @param dueOffsetDays days from planned start to the due date, {@code >= 0}
 * @param durationDays  calendar days of work, {@code >= 1}
 * @param role          who is responsible
 * @param perBlock      repeat once per block of the template's {@link BlockDef}
 */
public record TaskDef(String code, LocalizedText name, StageCode stage, int dueOffsetDays,
                      int durationDays, Role role, boolean perBlock) {

    /** Day offset of the first working day: {@code dueOffsetDays - durationDays + 1}. */
    public int startOffsetDays() {
        return dueOffsetDays - durationDays + 1;
    }
}
