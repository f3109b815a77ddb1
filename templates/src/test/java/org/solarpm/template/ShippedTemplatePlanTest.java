package org.solarpm.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped templates expanded at their reference capacities, with figures checked by hand. */
class ShippedTemplatePlanTest {

    private static final LocalDate START = LocalDate.of(2026, 4, 1);
    private static final TemplateCatalog CATALOG = TemplateCatalog.load();

    @Test
    void shouldPlanA100MwpGroundMountedPlant() {
        ProjectPlan plan = CATALOG.get("ground-mounted").plan(new BigDecimal("100000"), START);

        // 620 Wp modules; 3 MWp array blocks -> ceil(100 / 3) = 34 blocks
        assertThat(plan.moduleWp()).isEqualTo(620);
        assertThat(plan.moduleCount()).isEqualTo(161_291);
        assertThat(plan.blockCount()).isEqualTo(34);
        // 40 project tasks + 8 per-block tasks x 34 blocks
        assertThat(plan.tasks()).hasSize(40 + 8 * 34).hasSize(312);
        assertThat(plan.tasks().stream().filter(PlannedTask::isPerBlock)).hasSize(272);
        assertThat(plan.milestones()).hasSize(14);
        assertThat(plan.workItems()).hasSize(11);
        assertThat(plan.materials()).hasSize(12);

        Map<String, BigDecimal> work = quantities(plan.workItems(), PlannedWorkItem::code, PlannedWorkItem::designQuantity);
        assertThat(work).containsEntry("PILE", new BigDecimal("92000"))
                .containsEntry("MODULE_PCS", new BigDecimal("161291"))
                .containsEntry("MODULE_KWP", new BigDecimal("100000.42"))
                .containsEntry("RACKING_TABLE", new BigDecimal("2881"))
                .containsEntry("STRING", new BigDecimal("5761"))
                .containsEntry("INVERTER", new BigDecimal("280"))
                .containsEntry("BOX_TRANSFORMER", new BigDecimal("34"))
                .containsEntry("DC_CABLE", new BigDecimal("950000"));
        Map<String, BigDecimal> materials = quantities(plan.materials(), PlannedMaterial::materialCode, PlannedMaterial::quantity);
        assertThat(materials).containsEntry("PV_MODULE", new BigDecimal("161291"))
                .containsEntry("PHC_PILE", new BigDecimal("92000"))
                .containsEntry("FIXED_RACKING", new BigDecimal("3800"))
                .containsEntry("SUBSTATION_EQUIPMENT", BigDecimal.ONE)
                .containsEntry("DC_CONNECTOR", new BigDecimal("11521"));
        // 1.616 CNY/Wp over 100 MWp
        assertThat(plan.totalBudgetCny()).isEqualByComparingTo("161600000");
    }

    @Test
    void shouldPlanA5MwpCiRooftop() {
        ProjectPlan plan = CATALOG.get("ci-rooftop").plan(new BigDecimal("5000"), START);

        assertThat(plan.moduleCount()).isEqualTo(8_475);
        assertThat(plan.blockCount()).isEqualTo(5);
        assertThat(plan.tasks()).hasSize(31 + 5 * 5);
        assertThat(plan.milestones()).hasSize(10);
        assertThat(plan.workItems()).hasSize(11);
        assertThat(plan.materials()).hasSize(13);

        Map<String, BigDecimal> work = quantities(plan.workItems(), PlannedWorkItem::code, PlannedWorkItem::designQuantity);
        assertThat(work).containsEntry("PILE", new BigDecimal("17000"))
                .containsEntry("MODULE_PCS", new BigDecimal("8475"))
                .containsEntry("MODULE_KWP", new BigDecimal("5000.25"))
                .containsEntry("STRING", new BigDecimal("471"))
                .containsEntry("INVERTER", new BigDecimal("40"));
        Map<String, BigDecimal> materials = quantities(plan.materials(), PlannedMaterial::materialCode, PlannedMaterial::quantity);
        assertThat(materials).containsEntry("GRID_TIE_CABINET", new BigDecimal("3"))
                .containsEntry("STEP_UP_TRANSFORMER", new BigDecimal("2"));
        assertThat(plan.materials()).filteredOn(m -> m.materialCode().equals("ROOF_CLAMP"))
                .singleElement().satisfies(m -> assertThat(m.budgetCny()).isNull());
        assertThat(plan.totalBudgetCny()).isEqualByComparingTo("6255000");
    }

    @Test
    void shouldPlanA1MwpResidentialClusterWithTasksPerHousehold() {
        ProjectPlan plan = CATALOG.get("residential-cluster").plan(new BigDecimal("1000"), START);

        // 25 kWp per household -> 40 households
        assertThat(plan.moduleCount()).isEqualTo(1_725);
        assertThat(plan.blockCount()).isEqualTo(40);
        assertThat(plan.tasks()).hasSize(9 + 7 * 40);
        assertThat(plan.milestones()).hasSize(7);
        assertThat(plan.workItems()).hasSize(10);
        assertThat(plan.materials()).hasSize(9);
        assertThat(plan.tasks()).filteredOn(t -> "GRID_ACCEPTANCE".equals(t.taskCode())).hasSize(40)
                .last().satisfies(t -> {
                    assertThat(t.code()).isEqualTo("GRID_ACCEPTANCE-B40");
                    assertThat(t.name().text(Locale.CHINA)).isEqualTo("供电所并网验收及装表（第40户）");
                    assertThat(t.dueDate()).isEqualTo(START.plusDays(125));
                });

        Map<String, BigDecimal> work = quantities(plan.workItems(), PlannedWorkItem::code, PlannedWorkItem::designQuantity);
        assertThat(work).containsEntry("MODULE_PCS", new BigDecimal("1725"))
                .containsEntry("MODULE_KWP", new BigDecimal("1000.5"))
                .containsEntry("INVERTER", new BigDecimal("40"))
                .containsEntry("STRING", new BigDecimal("108"));
        assertThat(plan.totalBudgetCny()).isEqualByComparingTo("1223000");
    }

    @Test
    void shouldGiveEveryTaskADueDateWithinThePlannedLifecycle() {
        for (ProjectTemplate template : CATALOG.templates()) {
            ProjectPlan plan = template.plan(template.capacityKwp().typical(), START);

            assertThat(plan.tasks()).as(template.code()).allSatisfy(t -> {
                assertThat(t.startDate()).isAfterOrEqualTo(START);
                assertThat(t.dueDate()).isAfterOrEqualTo(t.startDate());
            });
            assertThat(plan.tasks()).extracting(PlannedTask::code).as(template.code()).doesNotHaveDuplicates();
        }
    }

    @Test
    void shouldUseModulesOf550To620WpAndWeightsAddingUpTo100() {
        assertThat(CATALOG.templates()).allSatisfy(t -> {
            assertThat(t.defaultModuleWp()).isBetween(550, 620);
            assertThat(t.workItems().stream().map(WorkItemDef::weight).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo("100");
        });
    }

    @Test
    void shouldScaleGroundPilesAtAbout920PerMwp() {
        ProjectTemplate ground = CATALOG.get("ground-mounted");

        assertThat(ground.plan(new BigDecimal("20000"), START).workItems().get(0).designQuantity())
                .isEqualTo(new BigDecimal("18400"));
        assertThat(ground.plan(new BigDecimal("200000"), START).workItems().get(0).designQuantity())
                .isEqualTo(new BigDecimal("184000"));
    }

    private static <T> Map<String, BigDecimal> quantities(List<T> rows, Function<T, String> code, Function<T, BigDecimal> quantity) {
        return rows.stream().collect(Collectors.toMap(code, quantity));
    }
}
