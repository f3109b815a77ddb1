package org.solarpm.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Small valid templates built in code, and copies of them with one part replaced. */
final class TemplateFixtures {

    private TemplateFixtures() {
    }

    static LocalizedText text(String en) {
        return LocalizedText.of("中文" + en, en);
    }

    /** A valid template: 2 MWp blocks, one project task, one per-block task, two work items. */
    static ProjectTemplate minimal() {
        List<StageDef> stages = Arrays.stream(StageCode.values())
                .map(code -> new StageDef(code, text(code.name()),
                        List.of(new GateItemDef("G_" + code.name(), text("gate " + code), true))))
                .toList();
        return new ProjectTemplate("mini", 1, text("Mini"), null, ProjectType.GROUND_MOUNTED, 600,
                new CapacityRange(new BigDecimal("1000"), new BigDecimal("50000"), new BigDecimal("10000")),
                new BlockDef(new BigDecimal("2"), LocalizedText.of("{n}#方阵", "Array block {n}")),
                stages,
                List.of(new ColumnDef("TODO", text("To do"), null), new ColumnDef("DOING", text("Doing"), 5)),
                List.of(new TaskDef("CONTRACT", text("Contract"), StageCode.BID, 30, 10, Role.PM, false),
                        new TaskDef("PILING", text("Piling"), StageCode.CONSTRUCTION, 109, 10, Role.SITE_LEAD, true)),
                List.of(new MilestoneDef("COD", text("COD"), StageCode.OM, 200, true)),
                List.of(new MaterialLineDef("PV_MODULE", text("Module"), MaterialCategory.MODULE, "pcs",
                        QuantityRule.moduleCount(), new BigDecimal("0.70"))),
                List.of(new WorkItemDef("PILE", text("Piles"), "pcs", QuantityRule.perMwp("920"), new BigDecimal("40"), 100, 109),
                        new WorkItemDef("MODULE_PCS", text("Modules"), "pcs", QuantityRule.moduleCount(), new BigDecimal("60"), 105, 120)),
                List.of(new ReminderRuleDef("DAILY_REPORT_DEADLINE", text("Daily report"), true,
                        Map.of("deadline", "24:00", "grace", "09:00"))));
    }

    static ProjectTemplate withStages(ProjectTemplate t, List<StageDef> stages) {
        return new ProjectTemplate(t.code(), t.version(), t.name(), t.description(), t.projectType(), t.defaultModuleWp(),
                t.capacityKwp(), t.block(), stages, t.columns(), t.tasks(), t.milestones(), t.billOfMaterials(),
                t.workItems(), t.reminders());
    }

    static ProjectTemplate withColumns(ProjectTemplate t, List<ColumnDef> columns) {
        return new ProjectTemplate(t.code(), t.version(), t.name(), t.description(), t.projectType(), t.defaultModuleWp(),
                t.capacityKwp(), t.block(), t.stages(), columns, t.tasks(), t.milestones(), t.billOfMaterials(),
                t.workItems(), t.reminders());
    }

    static ProjectTemplate withTasks(ProjectTemplate t, List<TaskDef> tasks) {
        return new ProjectTemplate(t.code(), t.version(), t.name(), t.description(), t.projectType(), t.defaultModuleWp(),
                t.capacityKwp(), t.block(), t.stages(), t.columns(), tasks, t.milestones(), t.billOfMaterials(),
                t.workItems(), t.reminders());
    }

    static ProjectTemplate withMilestones(ProjectTemplate t, List<MilestoneDef> milestones) {
        return new ProjectTemplate(t.code(), t.version(), t.name(), t.description(), t.projectType(), t.defaultModuleWp(),
                t.capacityKwp(), t.block(), t.stages(), t.columns(), t.tasks(), milestones, t.billOfMaterials(),
                t.workItems(), t.reminders());
    }

    static ProjectTemplate withMaterials(ProjectTemplate t, List<MaterialLineDef> lines) {
        return new ProjectTemplate(t.code(), t.version(), t.name(), t.description(), t.projectType(), t.defaultModuleWp(),
                t.capacityKwp(), t.block(), t.stages(), t.columns(), t.tasks(), t.milestones(), lines,
                t.workItems(), t.reminders());
    }

    static ProjectTemplate withWorkItems(ProjectTemplate t, List<WorkItemDef> items) {
        return new ProjectTemplate(t.code(), t.version(), t.name(), t.description(), t.projectType(), t.defaultModuleWp(),
                t.capacityKwp(), t.block(), t.stages(), t.columns(), t.tasks(), t.milestones(), t.billOfMaterials(),
                items, t.reminders());
    }

    /** A copy of a list with element {@code index} replaced. */
    static <T> List<T> replace(List<T> list, int index, UnaryOperator<T> change) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, change.apply(copy.get(index)));
        return copy;
    }

    /** A copy of a list with one element added at the end. */
    static <T> List<T> plus(List<T> list, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.add(element);
        return copy;
    }
}
