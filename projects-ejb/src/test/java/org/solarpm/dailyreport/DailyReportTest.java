package org.solarpm.dailyreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.solarpm.dailyreport.DeadlinePolicy.Timeliness;
import org.solarpm.shared.DomainException;

class DailyReportTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final Instant MORNING = ZonedDateTime.of(2026, 11, 20, 8, 0, 0, 0, SHANGHAI).toInstant();

    private static Instant shanghai(int day, int hour, int minute, int second) {
        return ZonedDateTime.of(2026, 11, day, hour, minute, second, 0, SHANGHAI).toInstant();
    }

    private static ReportContent content(int piles) {
        return new ReportContent(new Weather(Weather.Condition.SUNNY, BigDecimal.ONE, BigDecimal.TEN, 3, new BigDecimal("9.5"), false),
                List.of(new ManpowerLine(ManpowerLine.Trade.PILING, "桩基队", 12, new BigDecimal("108"))),
                List.of(new EquipmentLine(EquipmentLine.Type.PILE_DRIVER, 2, new BigDecimal("14"), new BigDecimal("2"))),
                List.of(new QuantityLine(7, BigDecimal.valueOf(piles), null)), List.of(), List.of(), true, 0, List.of(), List.of(),
                List.of(), null, "继续打桩", null);
    }

    private static DailyReport draft() {
        DailyReport r = new DailyReport(1, DAY, 5, MORNING);
        r.edit(content(400), MORNING);
        return r;
    }

    @Test
    void shouldTreatTheSameContentAsNoChange() {
        DailyReport r = draft();
        assertThat(r.edit(content(400), MORNING.plusSeconds(60))).isFalse();
        assertThat(r.getUpdatedAt()).isEqualTo(MORNING);
        assertThat(r.edit(content(420), MORNING.plusSeconds(60))).isTrue();
        assertThat(r.content().quantities().get(0).quantity()).isEqualByComparingTo("420");
    }

    @Test
    void shouldCompareDecimalsByValueSoARetriedPutIsANoOp() {
        DailyReport r = draft();
        ReportContent same = new ReportContent(r.content().weather(), r.content().manpower(), r.content().equipment(),
                List.of(new QuantityLine(7, new BigDecimal("400.000"), "  ")), List.of(), List.of(), true, 0, List.of(), List.of(),
                List.of(), "", " 继续打桩 ", null);
        assertThat(r.edit(same, MORNING)).isFalse();
    }

    @Test
    void shouldBeOnTimeWhenSubmittedAtOneSecondBeforeMidnightInShanghai() {
        DailyReport r = draft();
        r.submit(shanghai(20, 23, 59, 59), DeadlinePolicy.DEFAULT);
        assertThat(r.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(r.getTimeliness()).isEqualTo(Timeliness.ON_TIME);
    }

    @Test
    void shouldBeLateWhenSubmittedJustAfterMidnightAndUntilNine() {
        DailyReport a = draft();
        a.submit(shanghai(21, 0, 0, 1), DeadlinePolicy.DEFAULT);
        assertThat(a.getTimeliness()).isEqualTo(Timeliness.LATE);
        DailyReport b = draft();
        b.submit(shanghai(21, 9, 0, 0), DeadlinePolicy.DEFAULT);
        assertThat(b.getTimeliness()).isEqualTo(Timeliness.LATE);
    }

    @Test
    void shouldBeLateAfterGraceOneSecondAfterNineNextMorning() {
        DailyReport r = draft();
        r.submit(shanghai(21, 9, 0, 1), DeadlinePolicy.DEFAULT);
        assertThat(r.getTimeliness()).isEqualTo(Timeliness.LATE_AFTER_GRACE);
    }

    @Test
    void shouldKeepTheFirstSubmissionTimeWhenAReturnedReportIsResubmitted() {
        DailyReport r = draft();
        Instant first = shanghai(20, 21, 0, 0);
        r.submit(first, DeadlinePolicy.DEFAULT);
        ReportRevision returned = r.returnTo(4, "桩数与监理记录不符，请核对", shanghai(21, 8, 0, 0));
        assertThat(returned.getStatus()).isEqualTo(ReportStatus.RETURNED);
        assertThat(r.getStatus()).isEqualTo(ReportStatus.RETURNED);
        assertThat(r.getReviewComment()).isEqualTo("桩数与监理记录不符，请核对");
        assertThat(r.edit(content(380), shanghai(21, 10, 0, 0))).isTrue();
        r.submit(shanghai(21, 11, 0, 0), DeadlinePolicy.DEFAULT);
        assertThat(r.getSubmittedAt()).isEqualTo(first);
        assertThat(r.getTimeliness()).isEqualTo(Timeliness.ON_TIME);
        assertThat(r.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void shouldRefuseToReturnWithoutAComment() {
        DailyReport r = draft();
        r.submit(shanghai(20, 21, 0, 0), DeadlinePolicy.DEFAULT);
        assertThatThrownBy(() -> r.returnTo(4, "  ", MORNING)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).fieldErrors().get(0).field()).isEqualTo("comment"));
        assertThat(r.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void shouldOnlyReviewSubmittedReports() {
        DailyReport r = draft();
        assertThatThrownBy(() -> r.approve(4, null, MORNING)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.CONFLICT));
        assertThat(r.getStatus()).isEqualTo(ReportStatus.DRAFT);
        assertThat(r.counted()).isFalse();
    }

    @Test
    void shouldOpenTheNextRevisionWhenAnApprovedReportIsEdited() {
        DailyReport r = draft();
        r.submit(shanghai(20, 21, 0, 0), DeadlinePolicy.DEFAULT);
        ReportRevision approved = r.approve(4, "好", shanghai(21, 8, 0, 0));
        assertThat(approved.getRevision()).isEqualTo(1);
        assertThat(r.getStatus()).isEqualTo(ReportStatus.APPROVED);
        assertThatThrownBy(() -> r.submit(MORNING, DeadlinePolicy.DEFAULT)).isInstanceOf(DomainException.class);
        assertThat(r.edit(content(400), MORNING)).isFalse();
        assertThat(r.getRevision()).isEqualTo(1);
        assertThat(r.edit(content(410), shanghai(22, 8, 0, 0))).isTrue();
        assertThat(r.getRevision()).isEqualTo(2);
        assertThat(r.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(r.getReviewedBy()).isNull();
        assertThat(r.counted()).isTrue();
        assertThat(r.approve(4, null, shanghai(22, 9, 0, 0)).getRevision()).isEqualTo(2);
    }

    @Test
    void shouldTreatARepeatedSubmitAsHarmless() {
        DailyReport r = draft();
        r.submit(shanghai(20, 21, 0, 0), DeadlinePolicy.DEFAULT);
        r.submit(shanghai(21, 12, 0, 0), DeadlinePolicy.DEFAULT);
        assertThat(r.getTimeliness()).isEqualTo(Timeliness.ON_TIME);
    }

    @Test
    void shouldRefuseAStaleVersion() {
        DailyReport r = draft();
        r.expectVersion(null);
        r.expectVersion(0);
        assertThatThrownBy(() -> r.expectVersion(3)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.CONFLICT));
    }

    @Test
    void shouldCarryCrewsAndMachinesForwardWithNothingCounted() {
        ReportContent next = content(400).carriedForward();
        assertThat(next.manpower()).hasSize(1);
        assertThat(next.manpower().get(0).trade()).isEqualTo(ManpowerLine.Trade.PILING);
        assertThat(next.manpower().get(0).company()).isEqualTo("桩基队");
        assertThat(next.manpower().get(0).headcount()).isZero();
        assertThat(next.manpower().get(0).hours()).isEqualByComparingTo("0");
        assertThat(next.equipment().get(0).count()).isZero();
        assertThat(next.quantities()).isEmpty();
        assertThat(next.tomorrowPlan()).isNull();
    }
}
