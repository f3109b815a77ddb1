package org.solarpm.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.solarpm.dailyreport.DeadlinePolicy;

class PortfolioTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final PortfolioProject.Ref EAST = new PortfolioProject.Ref(1, "华东");
    private static final PortfolioProject.Ref NORTH = new PortfolioProject.Ref(2, "华北");
    private static final PortfolioProject.Ref ZHANG = new PortfolioProject.Ref(4, "张伟");

    private static PortfolioProject project(String code, PortfolioProject.Ref branch, ReportStatus status, Integer variance,
                                            int incidents, double todayKwp) {
        return new PortfolioProject(code.hashCode(), code, code, branch, ZHANG, "CONSTRUCTION", status, todayKwp, 100, 1000,
                10, variance, 20, 0, incidents, null, BigDecimal.ZERO, new BigDecimal("1000"), 0);
    }

    @Test
    void shouldPutMissingReportsThenIncidentsThenTheMostBehindFirst() {
        var onTime = project("A-ON-TIME", EAST, ReportStatus.ON_TIME, 0, 0, 10);
        var slightlyBehind = project("B-BEHIND-5", EAST, ReportStatus.ON_TIME, -5, 0, 10);
        var farBehind = project("C-BEHIND-20", NORTH, ReportStatus.ON_TIME, -20, 0, 10);
        var incident = project("D-INCIDENT", NORTH, ReportStatus.ON_TIME, 2, 1, 10);
        var missing = project("E-MISSING", EAST, ReportStatus.MISSING, -1, 0, 0);
        var missingFarBehind = project("F-MISSING-BEHIND", EAST, ReportStatus.MISSING, -9, 0, 0);
        var late = project("G-LATE", EAST, ReportStatus.LATE, 0, 0, 10);
        var notRequired = new PortfolioProject(99, "H-DESIGN", "H", EAST, ZHANG, "DESIGN", ReportStatus.NOT_REQUIRED, 0, 0, 500,
                0, null, 0, 0, 0, null, BigDecimal.ZERO, null, 0);
        var pending = project("I-PENDING", NORTH, ReportStatus.PENDING, 0, 0, 0);

        Portfolio p = Portfolio.of(DAY, List.of(notRequired, onTime, slightlyBehind, pending, farBehind, late, incident, missing,
                missingFarBehind), List.of());

        assertThat(p.projects()).extracting(PortfolioProject::code).containsExactly(
                "F-MISSING-BEHIND", "E-MISSING", "D-INCIDENT", "C-BEHIND-20", "B-BEHIND-5", "G-LATE", "A-ON-TIME", "I-PENDING", "H-DESIGN");
    }

    @Test
    void shouldAddUpTotalsAndGroupsByBranchAndManager() {
        var a = project("A", EAST, ReportStatus.ON_TIME, 0, 0, 10.5);
        var b = project("B", EAST, ReportStatus.LATE_AFTER_GRACE, -7, 2, 4.5);
        var c = project("C", NORTH, ReportStatus.MISSING, 0, 0, 0);

        Portfolio p = Portfolio.of(DAY, List.of(a, b, c), List.of());

        assertThat(p.totals().projects()).isEqualTo(3);
        assertThat(p.totals().reportsOnTime()).isEqualTo(1);
        assertThat(p.totals().reportsLate()).isEqualTo(1);
        assertThat(p.totals().reportsMissing()).isEqualTo(1);
        assertThat(p.totals().installedTodayKwp()).isEqualTo(15.0);
        assertThat(p.totals().designKwp()).isEqualTo(3000.0);
        assertThat(p.totals().incidents7d()).isEqualTo(2);
        assertThat(p.totals().behindSchedule()).isEqualTo(1);
        assertThat(p.byBranch()).extracting(g -> g.ref().name() + ":" + g.totals().projects()).containsExactlyInAnyOrder("华东:2", "华北:1");
        assertThat(p.byManager()).singleElement().satisfies(g -> assertThat(g.totals().manpower()).isEqualTo(60));
        assertThat(b.attention()).containsExactly(Attention.LATE_REPORT, Attention.INCIDENT, Attention.BEHIND_SCHEDULE);
    }

    @Test
    void shouldCallAnUnfiledReportPendingUntilTheGraceWindowClosesThenMissing() {
        DeadlinePolicy policy = DeadlinePolicy.of("24:00", "09:00", ZoneId.of("Asia/Shanghai"));
        // 09:00 on 21 Nov in Shanghai is 01:00 UTC
        Instant beforeGraceEnd = Instant.parse("2026-11-21T00:59:00Z");
        Instant afterGraceEnd = Instant.parse("2026-11-21T01:01:00Z");
        assertThat(ReportStatus.of(true, null, policy, DAY, beforeGraceEnd)).isEqualTo(ReportStatus.PENDING);
        assertThat(ReportStatus.of(true, null, policy, DAY, afterGraceEnd)).isEqualTo(ReportStatus.MISSING);
        assertThat(ReportStatus.of(false, null, policy, DAY, afterGraceEnd)).isEqualTo(ReportStatus.NOT_REQUIRED);
        assertThat(ReportStatus.of(true, DeadlinePolicy.Timeliness.LATE, policy, DAY, afterGraceEnd)).isEqualTo(ReportStatus.LATE);
    }
}
