package org.solarpm.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.solarpm.template.TemplateFixtures.minimal;
import static org.solarpm.template.TemplateFixtures.plus;
import static org.solarpm.template.TemplateFixtures.replace;
import static org.solarpm.template.TemplateFixtures.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateRulesTest {

    private final ProjectTemplate valid = minimal();

    @Test
    void shouldAcceptAValidTemplate() {
        assertThat(TemplateRules.check(valid)).isEmpty();
    }

    @Test
    void shouldRejectDuplicateTaskCodes() {
        ProjectTemplate template = TemplateFixtures.withTasks(valid, plus(valid.tasks(), valid.tasks().get(0)));

        assertThat(TemplateRules.check(template)).containsExactly(
                new TemplateProblem("/tasks/2/code", "duplicate task code 'CONTRACT', already used at /tasks/0"));
    }

    @Test
    void shouldRejectDuplicateGateItemCodesAcrossStages() {
        List<StageDef> stages = replace(valid.stages(), 4, s -> new StageDef(s.code(), s.name(),
                List.of(new GateItemDef("G_SURVEY", text("again"), false))));

        assertThat(TemplateRules.check(TemplateFixtures.withStages(valid, stages))).containsExactly(
                new TemplateProblem("/stages/4/gateItems/0/code",
                        "duplicate gate item code 'G_SURVEY', already used at /stages/0/gateItems/0"));
    }

    @Test
    void shouldRejectStagesOutOfLifecycleOrder() {
        List<StageDef> stages = new ArrayList<>(valid.stages());
        Collections.swap(stages, 2, 3);

        assertThat(TemplateRules.check(TemplateFixtures.withStages(valid, stages)))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.pointer()).isEqualTo("/stages/2");
                    assertThat(p.message()).startsWith("stages must be exactly [SURVEY, BID, FILING, DESIGN,");
                });
    }

    @Test
    void shouldRejectTaskWithStageTheTemplateDoesNotDefine() {
        List<StageDef> withoutOm = valid.stages().subList(0, 8);
        ProjectTemplate template = TemplateFixtures.withTasks(TemplateFixtures.withStages(valid, withoutOm),
                replace(valid.tasks(), 0, t -> new TaskDef(t.code(), t.name(), StageCode.OM, 30, 10, Role.PM, false)));

        assertThat(TemplateRules.check(template)).extracting(TemplateProblem::pointer)
                .contains("/stages", "/tasks/0/stage", "/milestones/0/stage");
    }

    @Test
    void shouldRejectTaskStartingBeforeThePlannedStart() {
        ProjectTemplate template = TemplateFixtures.withTasks(valid,
                replace(valid.tasks(), 0, t -> new TaskDef(t.code(), t.name(), t.stage(), 5, 10, t.role(), false)));

        assertThat(TemplateRules.check(template)).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/tasks/0/durationDays");
            assertThat(p.message()).contains("would start on day -4");
        });
    }

    @Test
    void shouldRejectNegativeOffsets() {
        ProjectTemplate template = TemplateFixtures.withMilestones(valid,
                List.of(new MilestoneDef("COD", text("COD"), StageCode.OM, -1, true)));

        assertThat(TemplateRules.check(template)).containsExactly(
                new TemplateProblem("/milestones/0/offsetDays", "must not be negative, found -1"));
    }

    @Test
    void shouldRejectZeroWipLimit() {
        ProjectTemplate template = TemplateFixtures.withColumns(valid,
                replace(valid.columns(), 1, c -> new ColumnDef(c.code(), c.name(), 0)));

        assertThat(TemplateRules.check(template)).containsExactly(new TemplateProblem("/columns/1/wipLimit",
                "must be a positive integer or null (no limit), found 0"));
    }

    @Test
    void shouldRejectWorkItemWeightsNotAddingUpTo100() {
        ProjectTemplate template = TemplateFixtures.withWorkItems(valid, replace(valid.workItems(), 1,
                w -> new WorkItemDef(w.code(), w.name(), w.unit(), w.quantity(), new BigDecimal("59.5"),
                        w.plannedStartOffsetDays(), w.plannedEndOffsetDays())));

        assertThat(TemplateRules.check(template)).containsExactly(
                new TemplateProblem("/workItems", "weights must add up to 100, found 99.5"));
    }

    @Test
    void shouldRejectWorkItemEndingBeforeItStarts() {
        ProjectTemplate template = TemplateFixtures.withWorkItems(valid, replace(valid.workItems(), 0,
                w -> new WorkItemDef(w.code(), w.name(), w.unit(), w.quantity(), w.weight(), 100, 99)));

        assertThat(TemplateRules.check(template)).containsExactly(new TemplateProblem(
                "/workItems/0/plannedEndOffsetDays", "must not be before plannedStartOffsetDays (100), found 99"));
    }

    @Test
    void shouldRejectAQuantityOnAModuleCountBasis() {
        ProjectTemplate template = TemplateFixtures.withMaterials(valid, replace(valid.billOfMaterials(), 0,
                m -> new MaterialLineDef(m.materialCode(), m.name(), m.category(), m.unit(),
                        new QuantityRule(QuantityBasis.MODULE_COUNT, BigDecimal.TEN, null), m.budgetPerWp())));

        assertThat(TemplateRules.check(template)).extracting(TemplateProblem::pointer)
                .containsExactly("/billOfMaterials/0/quantity/quantity");
    }

    @Test
    void shouldRejectAPerMwpRuleWithoutQuantityAndAnUnknownUnit() {
        ProjectTemplate template = TemplateFixtures.withMaterials(valid, replace(valid.billOfMaterials(), 0,
                m -> new MaterialLineDef(m.materialCode(), m.name(), m.category(), "kg",
                        new QuantityRule(QuantityBasis.PER_MWP, null, null), null)));

        assertThat(TemplateRules.check(template)).extracting(TemplateProblem::toString).containsExactly(
                "/billOfMaterials/0/unit: unknown unit 'kg'; use one of pcs, m, set, W, kWp, t",
                "/billOfMaterials/0/quantity/quantity: basis PER_MWP needs a positive quantity, found none");
    }

    @Test
    void shouldRejectABlockLabelWithoutNumberPlaceholder() {
        ProjectTemplate t = valid;
        ProjectTemplate template = new ProjectTemplate(t.code(), t.version(), t.name(), t.description(), t.projectType(),
                t.defaultModuleWp(), t.capacityKwp(), new BlockDef(BigDecimal.ONE, LocalizedText.of("方阵", "Block {n}")),
                t.stages(), t.columns(), t.tasks(), t.milestones(), t.billOfMaterials(), t.workItems(), t.reminders());

        assertThat(TemplateRules.check(template)).extracting(TemplateProblem::pointer).containsExactly("/block/label");
    }
}
