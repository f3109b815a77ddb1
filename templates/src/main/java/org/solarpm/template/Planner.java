package org.solarpm.template;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Expands a template for one capacity, module rating and planned start. */
final class Planner {

    private final ProjectTemplate template;
    private final BigDecimal capacityKwp;
    private final int moduleWp;
    private final LocalDate start;

    Planner(ProjectTemplate template, BigDecimal capacityKwp, int moduleWp, LocalDate plannedStart) {
        if (capacityKwp == null || capacityKwp.signum() <= 0) {
            throw new IllegalArgumentException("capacityKwp must be positive: " + capacityKwp);
        }
        if (moduleWp <= 0) {
            throw new IllegalArgumentException("moduleWp must be positive: " + moduleWp);
        }
        this.template = template;
        this.capacityKwp = capacityKwp;
        this.moduleWp = moduleWp;
        this.start = Objects.requireNonNull(plannedStart, "plannedStart");
    }

    ProjectPlan plan() {
        return new ProjectPlan(template.code(), template.version(), capacityKwp, moduleWp,
                QuantityRule.moduleCount(capacityKwp, moduleWp), template.blockCount(capacityKwp), start,
                tasks(), milestones(), workItems(), materials());
    }

    List<PlannedTask> tasks() {
        int blocks = template.blockCount(capacityKwp);
        int width = Math.max(2, Integer.toString(blocks).length());
        List<PlannedTask> result = new ArrayList<>();
        for (TaskDef task : template.tasks()) {
            if (!task.perBlock()) {
                result.add(new PlannedTask(task.code(), task.code(), task.name(), task.stage(), task.role(), null,
                        day(task.startOffsetDays()), day(task.dueOffsetDays())));
                continue;
            }
            for (int i = 1; i <= blocks; i++) {
                result.add(blockTask(task, i, blocks, width));
            }
        }
        return result;
    }

    private PlannedTask blockTask(TaskDef task, int i, int blocks, int width) {
        long window = task.durationDays();
        long first = task.startOffsetDays() + Math.floorDiv(window * (i - 1), blocks);
        long last = task.startOffsetDays() - Math.floorDiv(-window * i, blocks) - 1;
        String code = task.code() + "-B" + String.format("%0" + width + "d", i);
        return new PlannedTask(code, task.code(), task.name().qualifiedBy(template.block().labelOf(i)),
                task.stage(), task.role(), i, day(first), day(last));
    }

    private List<PlannedMilestone> milestones() {
        return template.milestones().stream()
                .map(m -> new PlannedMilestone(m.code(), m.name(), m.stage(), m.key(), day(m.offsetDays())))
                .toList();
    }

    private List<PlannedWorkItem> workItems() {
        return template.workItems().stream()
                .map(w -> new PlannedWorkItem(w.code(), w.name(), w.unit(), w.designQuantity(capacityKwp, moduleWp),
                        w.weight(), day(w.plannedStartOffsetDays()), day(w.plannedEndOffsetDays())))
                .toList();
    }

    private List<PlannedMaterial> materials() {
        return template.billOfMaterials().stream()
                .map(m -> new PlannedMaterial(m.materialCode(), m.name(), m.category(), m.unit(),
                        m.quantityFor(capacityKwp, moduleWp), m.budgetFor(capacityKwp).orElse(null)))
                .toList();
    }

    private LocalDate day(long offset) {
        return start.plusDays(offset);
    }
}
