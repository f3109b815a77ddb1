package org.solarpm.dailyreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.solarpm.dailyreport.DeadlinePolicy.Timeliness;

class DeadlinePolicyTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 21);
    private final DeadlinePolicy policy = DeadlinePolicy.DEFAULT;

    private static Instant at(int day, int hour, int minute, int second) {
        return ZonedDateTime.of(2026, 11, day, hour, minute, second, 0, SHANGHAI).toInstant();
    }

    @Test
    void shouldCountASubmissionBeforeMidnightAsOnTime() {
        assertThat(policy.classify(DAY, at(21, 23, 59, 59))).isEqualTo(Timeliness.ON_TIME);
        assertThat(policy.classify(DAY, at(22, 0, 0, 0))).isEqualTo(Timeliness.ON_TIME);
    }

    @Test
    void shouldCountASubmissionAfterMidnightAsLateUntilNineNextMorning() {
        assertThat(policy.classify(DAY, at(22, 0, 0, 1))).isEqualTo(Timeliness.LATE);
        assertThat(policy.classify(DAY, at(22, 8, 59, 59))).isEqualTo(Timeliness.LATE);
        assertThat(policy.classify(DAY, at(22, 9, 0, 0))).isEqualTo(Timeliness.LATE);
    }

    @Test
    void shouldCountASubmissionAfterNineNextMorningAsLateAfterGrace() {
        assertThat(policy.classify(DAY, at(22, 9, 0, 1))).isEqualTo(Timeliness.LATE_AFTER_GRACE);
        assertThat(policy.classify(DAY, at(25, 12, 0, 0))).isEqualTo(Timeliness.LATE_AFTER_GRACE);
    }

    @Test
    void shouldJudgeInShanghaiTimeNotUtc() {
        // 15:59:59 UTC is 23:59:59 in Shanghai
        assertThat(policy.classify(DAY, Instant.parse("2026-11-21T15:59:59Z"))).isEqualTo(Timeliness.ON_TIME);
        assertThat(policy.classify(DAY, Instant.parse("2026-11-21T16:00:01Z"))).isEqualTo(Timeliness.LATE);
        assertThat(policy.classify(DAY, Instant.parse("2026-11-22T01:00:01Z"))).isEqualTo(Timeliness.LATE_AFTER_GRACE);
    }

    @Test
    void shouldSayOverdueAfterTheDeadlineAndMissingAfterTheGraceWindow() {
        assertThat(policy.isOverdue(DAY, at(21, 23, 0, 0))).isFalse();
        assertThat(policy.isOverdue(DAY, at(22, 0, 0, 1))).isTrue();
        assertThat(policy.isMissing(DAY, at(22, 8, 59, 0))).isFalse();
        assertThat(policy.isMissing(DAY, at(22, 9, 0, 1))).isTrue();
    }

    @Test
    void shouldSupportACompanyPolicyWithAnEveningDeadline() {
        DeadlinePolicy strict = DeadlinePolicy.of("20:00", "22:00", SHANGHAI);
        assertThat(strict.classify(DAY, at(21, 19, 30, 0))).isEqualTo(Timeliness.ON_TIME);
        assertThat(strict.classify(DAY, at(21, 21, 0, 0))).isEqualTo(Timeliness.LATE);
        assertThat(strict.classify(DAY, at(21, 23, 0, 0))).isEqualTo(Timeliness.LATE_AFTER_GRACE);
        assertThat(strict.graceEndTime().toString()).isEqualTo("22:00");
    }

    @Test
    void shouldRejectNonsenseTimes() {
        assertThatThrownBy(() -> DeadlinePolicy.of("25:00", "09:00", SHANGHAI)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeadlinePolicy.of("midnight", "09:00", SHANGHAI)).isInstanceOf(IllegalArgumentException.class);
    }
}
