package org.solarpm.template;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A project template: everything a project of one kind is created with in one click (stages with
 * gate checklists, board columns, tasks, milestones, bill of materials, construction work items
 * and reminder rules). Read from {@code solarpm-templates/<code>.json} by {@link TemplateCatalog}.
 *
 * @param code            the template's identifier, equal to its file name without {@code .json}
 * @param version         incremented by the template author on every change; projects record it
 * @param defaultModuleWp module rating used when the project does not say otherwise
 * @param capacityKwp     the capacity range the template is written for
 * @param block           the repeating unit of per-block tasks
 */
public record ProjectTemplate(
        String code,
        int version,
        LocalizedText name,
        LocalizedText description,
        ProjectType projectType,
        int defaultModuleWp,
        CapacityRange capacityKwp,
        BlockDef block,
        List<StageDef> stages,
        List<ColumnDef> columns,
        List<TaskDef> tasks,
        List<MilestoneDef> milestones,
        List<MaterialLineDef> billOfMaterials,
        List<WorkItemDef> workItems,
        List<ReminderRuleDef> reminders) {

    public ProjectTemplate {
        stages = listOf(stages);
        columns = listOf(columns);
        tasks = listOf(tasks);
        milestones = listOf(milestones);
        billOfMaterials = listOf(billOfMaterials);
        workItems = listOf(workItems);
        reminders = listOf(reminders);
    }

    public Optional<StageDef> stage(StageCode stageCode) {
        return stages.stream().filter(s -> s.code() == stageCode).findFirst();
    }

    public List<TaskDef> tasksOf(StageCode stageCode) {
        return tasks.stream().filter(t -> t.stage() == stageCode).toList();
    }

    /** Number of blocks per-block tasks are repeated for at this capacity (1 without a block definition). */
    public int blockCount(BigDecimal capacityKwp) {
        return block == null ? 1 : block.countFor(capacityKwp);
    }

    /**
     * The concrete tasks for a project: one per task definition, or one per block for
     * {@code perBlock} definitions, with dates counted from {@code plannedStart}. Ordered as in the
     * template, blocks in ascending order.
     */
    public List<PlannedTask> expandTasks(BigDecimal capacityKwp, LocalDate plannedStart) {
        return new Planner(this, capacityKwp, defaultModuleWp, plannedStart).tasks();
    }

    /** The whole plan at the template's default module rating. */
    public ProjectPlan plan(BigDecimal capacityKwp, LocalDate plannedStart) {
        return plan(capacityKwp, defaultModuleWp, plannedStart);
    }

    /**
     * The whole plan for a project: tasks, dated milestones, work items with design quantities and
     * the bill of materials with quantities and budget.
     *
     * @param capacityKwp  DC capacity, positive
     * @param moduleWp     module rating in Wp, positive
     * @param plannedStart day 0 of every offset in the template
     */
    public ProjectPlan plan(BigDecimal capacityKwp, int moduleWp, LocalDate plannedStart) {
        return new Planner(this, capacityKwp, moduleWp, plannedStart).plan();
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
