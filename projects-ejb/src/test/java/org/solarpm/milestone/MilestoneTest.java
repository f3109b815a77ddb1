package org.solarpm.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.solarpm.identity.Actor;
import org.solarpm.identity.Role;
import org.solarpm.shared.DomainException;

class MilestoneTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);
    private static final Actor PM = new Actor(7, "pm", "张伟", Set.of(Role.PROJECT_MANAGER), 1L, Locale.SIMPLIFIED_CHINESE, "127.0.0.1");
    private static final Instant NOW = Instant.parse("2026-05-01T02:00:00Z");

    private static Milestone milestone() {
        return new Milestone(1, "COD", "全容量并网", "COD", "GRID_CONNECTION", true, LocalDate.of(2026, 6, 30));
    }

    @Test
    void shouldRefuseAReplanWithoutReason() {
        Milestone m = milestone();
        assertThatThrownBy(() -> m.replan(LocalDate.of(2026, 7, 15), "  ", START, PM, NOW))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).fieldErrors().get(0).messageKey()).isEqualTo("error.milestone.reasonRequired"));
        assertThat(m.getPlannedDate()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void shouldRefuseADateBeforeTheProjectStart() {
        Milestone m = milestone();
        assertThatThrownBy(() -> m.replan(LocalDate.of(2026, 2, 1), "earlier", START, PM, NOW))
                .satisfies(e -> assertThat(((DomainException) e).fieldErrors().get(0).field()).isEqualTo("plannedDate"));
    }

    @Test
    void shouldMoveTheBaselineUntilThePlanIsApprovedAndThenShowTheSlip() {
        Milestone m = milestone();
        MilestoneChange first = m.replan(LocalDate.of(2026, 7, 10), "设计变更", START, PM, NOW);
        assertThat(first.getOldDate()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(first.getNewDate()).isEqualTo(LocalDate.of(2026, 7, 10));
        assertThat(first.getActorName()).isEqualTo("张伟");
        assertThat(m.getBaselineDate()).isEqualTo(LocalDate.of(2026, 7, 10));
        assertThat(m.slipDays()).isZero();

        assertThat(m.freezeBaseline(NOW)).isTrue();
        assertThat(m.freezeBaseline(NOW.plusSeconds(60))).isFalse();
        m.replan(LocalDate.of(2026, 7, 24), "组件到货延迟", START, PM, NOW);
        assertThat(m.getBaselineDate()).isEqualTo(LocalDate.of(2026, 7, 10));
        assertThat(m.slipDays()).isEqualTo(14);
    }

    @Test
    void shouldTellItsStatusOnAGivenDay() {
        Milestone m = milestone();
        assertThat(m.statusOn(LocalDate.of(2026, 6, 1))).isEqualTo(MilestoneStatus.UPCOMING);
        assertThat(m.statusOn(LocalDate.of(2026, 6, 23))).isEqualTo(MilestoneStatus.DUE_SOON);
        assertThat(m.statusOn(LocalDate.of(2026, 6, 30))).isEqualTo(MilestoneStatus.DUE_SOON);
        assertThat(m.statusOn(LocalDate.of(2026, 7, 1))).isEqualTo(MilestoneStatus.OVERDUE);
        m.complete(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 2), START, PM, NOW);
        assertThat(m.statusOn(LocalDate.of(2026, 7, 2))).isEqualTo(MilestoneStatus.DONE);
        assertThatThrownBy(() -> m.replan(LocalDate.of(2026, 8, 1), "late", START, PM, NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void shouldRefuseACompletionInTheFuture() {
        Milestone m = milestone();
        assertThatThrownBy(() -> m.complete(LocalDate.of(2026, 7, 3), LocalDate.of(2026, 7, 2), START, PM, NOW)).isInstanceOf(DomainException.class);
        assertThat(m.getActualDate()).isNull();
    }
}
