package org.solarpm.template;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A template expanded for one project: what create-from-template stores.
 *
 * <p>Per-block tasks: with {@code n} blocks and a task window of {@code L = durationDays} days
 * starting at offset {@code s = dueOffsetDays - durationDays + 1}, block {@code i} (1..n) runs from
 * {@code s + floor(L*(i-1)/n)} to {@code s + ceil(L*i/n) - 1}, so the blocks share the window evenly
 * and the last block is due on the task's due day.
 */
public record ProjectPlan(
        String templateCode,
        int templateVersion,
        BigDecimal capacityKwp,
        int moduleWp,
        int moduleCount,
        int blockCount,
        LocalDate plannedStart,
        List<PlannedTask> tasks,
        List<PlannedMilestone> milestones,
        List<PlannedWorkItem> workItems,
        List<PlannedMaterial> materials) {

    public ProjectPlan {
        tasks = List.copyOf(tasks);
        milestones = List.copyOf(milestones);
        workItems = List.copyOf(workItems);
        materials = List.copyOf(materials);
    }

    /** Sum of the material budgets that have a figure, in CNY. */
    public BigDecimal totalBudgetCny() {
        return materials.stream()
                .map(PlannedMaterial::budgetCny)
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
