package org.solarpm.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules a JSON Schema cannot express: unique codes, references between parts, the stage
 * order, date arithmetic and work item weights. Each broken rule is reported with the JSON pointer
 * of the offending field. Null-tolerant: missing fields are the schema's business.
 */
public final class TemplateRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal WEIGHT_TOLERANCE = new BigDecimal("0.01");

    private final ProjectTemplate template;
    private final List<TemplateProblem> problems = new ArrayList<>();

    private TemplateRules(ProjectTemplate template) {
        this.template = template;
    }

    /** All broken rules of a template, in document order of the checks; empty when it is valid. */
    public static List<TemplateProblem> check(ProjectTemplate template) {
        TemplateRules rules = new TemplateRules(template);
        rules.checkHeader();
        rules.checkStages();
        rules.checkColumns();
        rules.checkTasks();
        rules.checkMilestones();
        rules.checkQuantities();
        rules.checkWorkItemWeights();
        rules.checkUniqueCodes();
        return List.copyOf(rules.problems);
    }

    private void checkHeader() {
        CapacityRange range = template.capacityKwp();
        if (range != null && range.min() != null && range.max() != null && range.typical() != null
                && (range.min().compareTo(range.typical()) > 0 || range.typical().compareTo(range.max()) > 0)) {
            report("/capacityKwp", "expected min <= typical <= max, found min " + range.min().toPlainString()
                    + ", typical " + range.typical().toPlainString() + ", max " + range.max().toPlainString());
        }
        BlockDef block = template.block();
        if (block != null && block.sizeMwp() != null && block.sizeMwp().signum() <= 0) {
            report("/block/sizeMwp", "must be positive, found " + block.sizeMwp().toPlainString());
        }
        if (block != null && block.label() != null && !(contains(block.label().zh(), "{n}") && contains(block.label().en(), "{n}"))) {
            report("/block/label", "both zh and en must contain the block number placeholder {n}");
        }
    }

    private void checkStages() {
        List<StageCode> expected = Arrays.asList(StageCode.values());
        List<StageCode> found = template.stages().stream().map(StageDef::code).toList();
        if (!found.equals(expected)) {
            int i = 0;
            while (i < found.size() && i < expected.size() && found.get(i) == expected.get(i)) {
                i++;
            }
            String where = i < found.size() ? "/stages/" + i : "/stages";
            report(where, "stages must be exactly " + expected + " in this order, found " + found);
        }
    }

    private void checkColumns() {
        for (int i = 0; i < template.columns().size(); i++) {
            Integer wip = template.columns().get(i).wipLimit();
            if (wip != null && wip <= 0) {
                report("/columns/" + i + "/wipLimit", "must be a positive integer or null (no limit), found " + wip);
            }
        }
    }

    private void checkTasks() {
        Set<StageCode> stages = definedStages();
        for (int i = 0; i < template.tasks().size(); i++) {
            TaskDef task = template.tasks().get(i);
            String at = "/tasks/" + i;
            checkStageReference(at, "task '" + task.code() + "'", task.stage(), stages);
            if (task.dueOffsetDays() < 0) {
                report(at + "/dueOffsetDays", "must not be negative, found " + task.dueOffsetDays());
            }
            if (task.durationDays() < 1) {
                report(at + "/durationDays", "must be at least 1, found " + task.durationDays());
            } else if (task.dueOffsetDays() >= 0 && task.startOffsetDays() < 0) {
                report(at + "/durationDays", "task '" + task.code() + "' would start on day " + task.startOffsetDays()
                        + ", before the planned start: durationDays (" + task.durationDays()
                        + ") must not exceed dueOffsetDays + 1 (" + (task.dueOffsetDays() + 1) + ")");
            }
            if (task.perBlock() && template.block() == null) {
                report(at + "/perBlock", "task '" + task.code() + "' repeats per block but the template defines no block");
            }
        }
    }

    private void checkMilestones() {
        Set<StageCode> stages = definedStages();
        MilestoneDef latest = null;
        for (int i = 0; i < template.milestones().size(); i++) {
            MilestoneDef milestone = template.milestones().get(i);
            String at = "/milestones/" + i;
            checkStageReference(at, "milestone '" + milestone.code() + "'", milestone.stage(), stages);
            if (milestone.offsetDays() < 0) {
                report(at + "/offsetDays", "must not be negative, found " + milestone.offsetDays());
            }
            if (milestone.stage() == null) {
                continue;
            }
            if (latest != null && milestone.stage().compareTo(latest.stage()) >= 0
                    && milestone.offsetDays() < latest.offsetDays()) {
                report(at + "/offsetDays", "milestone '" + milestone.code() + "' (" + milestone.stage() + ", day "
                        + milestone.offsetDays() + ") is planned before milestone '" + latest.code() + "' ("
                        + latest.stage() + ", day " + latest.offsetDays() + ") of the same or an earlier stage");
            }
            if (latest == null || milestone.stage().compareTo(latest.stage()) >= 0) {
                latest = milestone;
            }
        }
    }

    private void checkQuantities() {
        for (int i = 0; i < template.billOfMaterials().size(); i++) {
            MaterialLineDef line = template.billOfMaterials().get(i);
            String at = "/billOfMaterials/" + i;
            checkUnit(at, line.unit());
            checkRule(at + "/quantity", line.quantity());
            if (line.budgetPerWp() != null && line.budgetPerWp().signum() < 0) {
                report(at + "/budgetPerWp", "must not be negative, found " + line.budgetPerWp().toPlainString());
            }
        }
        for (int i = 0; i < template.workItems().size(); i++) {
            WorkItemDef item = template.workItems().get(i);
            String at = "/workItems/" + i;
            checkUnit(at, item.unit());
            checkRule(at + "/quantity", item.quantity());
            if (item.plannedStartOffsetDays() < 0) {
                report(at + "/plannedStartOffsetDays", "must not be negative, found " + item.plannedStartOffsetDays());
            }
            if (item.plannedEndOffsetDays() < item.plannedStartOffsetDays()) {
                report(at + "/plannedEndOffsetDays", "must not be before plannedStartOffsetDays ("
                        + item.plannedStartOffsetDays() + "), found " + item.plannedEndOffsetDays());
            }
        }
    }

    private void checkRule(String at, QuantityRule rule) {
        if (rule == null || rule.basis() == null) {
            return;
        }
        boolean needsQuantity = rule.basis() == QuantityBasis.PER_MWP || rule.basis() == QuantityBasis.FIXED;
        if (needsQuantity && (rule.quantity() == null || rule.quantity().signum() <= 0)) {
            report(at + "/quantity", "basis " + rule.basis() + " needs a positive quantity, found "
                    + (rule.quantity() == null ? "none" : rule.quantity().toPlainString()));
        }
        if (!needsQuantity && rule.quantity() != null) {
            report(at + "/quantity", "basis " + rule.basis() + " derives the quantity from the module count; remove quantity");
        }
        if (rule.modulesPerUnit() != null && (rule.basis() != QuantityBasis.MODULE_COUNT || rule.modulesPerUnit() < 1)) {
            report(at + "/modulesPerUnit", "only allowed with basis MODULE_COUNT and must be at least 1");
        }
    }

    private void checkWorkItemWeights() {
        List<WorkItemDef> items = template.workItems();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < items.size(); i++) {
            BigDecimal weight = items.get(i).weight();
            if (weight == null) {
                continue;
            }
            if (weight.signum() < 0) {
                report("/workItems/" + i + "/weight", "must not be negative, found " + weight.toPlainString());
            }
            total = total.add(weight);
        }
        if (!items.isEmpty() && total.subtract(HUNDRED).abs().compareTo(WEIGHT_TOLERANCE) > 0) {
            report("/workItems", "weights must add up to 100, found " + total.toPlainString());
        }
    }

    private void checkUniqueCodes() {
        unique("/stages", "stage", template.stages(), s -> s.code() == null ? null : s.code().name());
        List<String> gatePointers = new ArrayList<>();
        List<GateItemDef> gates = new ArrayList<>();
        for (int s = 0; s < template.stages().size(); s++) {
            List<GateItemDef> items = template.stages().get(s).gateItems();
            for (int g = 0; g < items.size(); g++) {
                gatePointers.add("/stages/" + s + "/gateItems/" + g);
                gates.add(items.get(g));
            }
        }
        unique(gatePointers, "gate item", gates, GateItemDef::code);
        unique("/columns", "column", template.columns(), ColumnDef::code);
        unique("/tasks", "task", template.tasks(), TaskDef::code);
        unique("/milestones", "milestone", template.milestones(), MilestoneDef::code);
        unique("/billOfMaterials", "material", template.billOfMaterials(), MaterialLineDef::materialCode);
        unique("/workItems", "work item", template.workItems(), WorkItemDef::code);
        unique("/reminders", "reminder", template.reminders(), ReminderRuleDef::code);
    }

    private <T> void unique(String listPointer, String what, List<T> items, Function<T, String> code) {
        List<String> pointers = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            pointers.add(listPointer + "/" + i);
        }
        unique(pointers, what, items, code);
    }

    private <T> void unique(List<String> pointers, String what, List<T> items, Function<T, String> code) {
        Map<String, String> firstAt = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String value = code.apply(items.get(i));
            if (value == null) {
                continue;
            }
            String previous = firstAt.putIfAbsent(value, pointers.get(i));
            if (previous != null) {
                String field = "material".equals(what) ? "/materialCode" : "/code";
                report(pointers.get(i) + field, "duplicate " + what + " code '" + value + "', already used at " + previous);
            }
        }
    }

    private void checkStageReference(String at, String what, StageCode stage, Set<StageCode> stages) {
        if (stage != null && !stages.contains(stage)) {
            report(at + "/stage", what + " refers to stage " + stage + ", which this template does not define; defined: "
                    + stages);
        }
    }

    private void checkUnit(String at, String unit) {
        if (unit != null && !Units.isKnown(unit)) {
            report(at + "/unit", "unknown unit '" + unit + "'; use one of pcs, m, set, W, kWp, t");
        }
    }

    private Set<StageCode> definedStages() {
        return template.stages().stream().map(StageDef::code).filter(Objects::nonNull)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(StageCode.class)));
    }

    private static boolean contains(String text, String part) {
        return text != null && text.contains(part);
    }

    private void report(String pointer, String message) {
        problems.add(new TemplateProblem(pointer, message));
    }
}
