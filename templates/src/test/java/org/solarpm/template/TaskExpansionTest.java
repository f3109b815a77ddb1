package org.solarpm.template;

import static java.time.temporal.ChronoUnit.DAYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TaskExpansionTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private final ProjectTemplate template = TemplateFixtures.minimal();

    @Test
    void shouldCreateOneTaskPerBlockRoundingThePartialBlockUp() {
        // 2 MWp blocks: 9 MWp -> 5 blocks (the last one 1 MWp)
        List<PlannedTask> tasks = template.expandTasks(new BigDecimal("9000"), START);

        assertThat(template.blockCount(new BigDecimal("9000"))).isEqualTo(5);
        assertThat(tasks).extracting(PlannedTask::code)
                .containsExactly("CONTRACT", "PILING-B01", "PILING-B02", "PILING-B03", "PILING-B04", "PILING-B05");
        assertThat(tasks).extracting(PlannedTask::blockNo).containsExactly(null, 1, 2, 3, 4, 5);
    }

    @Test
    void shouldCreateAtLeastOneBlockForASmallProject() {
        assertThat(template.blockCount(new BigDecimal("300"))).isEqualTo(1);
        assertThat(template.expandTasks(new BigDecimal("300"), START)).hasSize(2);
    }

    @Test
    void shouldDateAProjectTaskFromItsDueOffsetAndDuration() {
        PlannedTask contract = template.expandTasks(new BigDecimal("9000"), START).get(0);

        // due day 30, 10 days of work: days 21..30
        assertThat(contract.startDate()).isEqualTo(START.plusDays(21));
        assertThat(contract.dueDate()).isEqualTo(START.plusDays(30));
        assertThat(contract.isPerBlock()).isFalse();
    }

    @Test
    void shouldSpreadBlocksEvenlyOverTheTaskWindowWithTheLastDueOnTheTaskDueDay() {
        // PILING: due day 109, 10 days -> window days 100..109; 5 blocks of 2 days each
        List<PlannedTask> piling = template.expandTasks(new BigDecimal("9000"), START).subList(1, 6);

        assertThat(piling).extracting(t -> DAYS.between(START, t.startDate())).containsExactly(100L, 102L, 104L, 106L, 108L);
        assertThat(piling).extracting(t -> DAYS.between(START, t.dueDate())).containsExactly(101L, 103L, 105L, 107L, 109L);
    }

    @Test
    void shouldLetBlocksShareDaysWhenThereAreMoreBlocksThanDays() {
        // 40 MWp -> 20 blocks over a 10-day window
        List<PlannedTask> piling = template.expandTasks(new BigDecimal("40000"), START).subList(1, 21);

        assertThat(piling).allSatisfy(t -> {
            assertThat(t.startDate()).isBetween(START.plusDays(100), START.plusDays(109));
            assertThat(t.dueDate()).isAfterOrEqualTo(t.startDate()).isBefore(START.plusDays(110));
        });
        assertThat(piling.get(0).startDate()).isEqualTo(START.plusDays(100));
        assertThat(piling.get(19).dueDate()).isEqualTo(START.plusDays(109));
    }

    @Test
    void shouldNameABlockTaskAfterItsBlockInBothLanguages() {
        PlannedTask third = template.expandTasks(new BigDecimal("9000"), START).get(3);

        assertThat(third.name().text(Locale.CHINA)).isEqualTo("中文Piling（3#方阵）");
        assertThat(third.name().text(Locale.ENGLISH)).isEqualTo("Piling (Array block 3)");
        assertThat(third.taskCode()).isEqualTo("PILING");
        assertThat(third.stage()).isEqualTo(StageCode.CONSTRUCTION);
        assertThat(third.role()).isEqualTo(Role.SITE_LEAD);
    }

    @Test
    void shouldPadBlockNumbersToTheWidthOfTheBlockCount() {
        // 300 MWp -> 150 blocks: B001..B150
        List<PlannedTask> tasks = template.expandTasks(new BigDecimal("300000"), START);

        assertThat(tasks).hasSize(151);
        assertThat(tasks.get(1).code()).isEqualTo("PILING-B001");
        assertThat(tasks.get(150).code()).isEqualTo("PILING-B150");
    }

    @Test
    void shouldPlanMilestonesWorkItemsAndMaterialsForACapacity() {
        ProjectPlan plan = template.plan(new BigDecimal("9000"), 600, START);

        assertThat(plan.moduleCount()).isEqualTo(15_000);
        assertThat(plan.blockCount()).isEqualTo(5);
        assertThat(plan.milestones()).singleElement()
                .satisfies(m -> assertThat(m.plannedDate()).isEqualTo(START.plusDays(200)));
        assertThat(plan.workItems()).extracting(PlannedWorkItem::designQuantity)
                .containsExactly(new BigDecimal("8280"), new BigDecimal("15000"));
        assertThat(plan.workItems().get(0).plannedStart()).isEqualTo(START.plusDays(100));
        assertThat(plan.workItems().get(0).plannedEnd()).isEqualTo(START.plusDays(109));
        assertThat(plan.materials()).singleElement().satisfies(m -> {
            assertThat(m.quantity()).isEqualTo(new BigDecimal("15000"));
            assertThat(m.budgetCny()).isEqualTo(new BigDecimal("6300000.00"));
        });
        assertThat(plan.totalBudgetCny()).isEqualTo(new BigDecimal("6300000.00"));
    }

    @Test
    void shouldUseTheDefaultModuleRatingWhenNoneIsGiven() {
        assertThat(template.plan(new BigDecimal("9000"), START).moduleWp()).isEqualTo(600);
    }

    @Test
    void shouldRejectANonPositiveCapacity() {
        assertThatThrownBy(() -> template.expandTasks(BigDecimal.ZERO, START))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capacityKwp");
    }
}
