package org.solarpm.it.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.solarpm.dailyreport.DailyReportService;
import org.solarpm.dailyreport.DailyReportService.Decision;
import org.solarpm.dailyreport.Delay;
import org.solarpm.dailyreport.EquipmentLine;
import org.solarpm.dailyreport.Incident;
import org.solarpm.dailyreport.ManpowerLine;
import org.solarpm.dailyreport.MaterialConsumption;
import org.solarpm.dailyreport.QualityIssue;
import org.solarpm.dailyreport.QuantityLine;
import org.solarpm.dailyreport.ReportContent;
import org.solarpm.dailyreport.ReportStatus;
import org.solarpm.dailyreport.Weather;
import org.solarpm.dailyreport.WorkItem;
import org.solarpm.dailyreport.WorkItemRepository;
import org.solarpm.dailyreport.rollup.RollupRecomputation;
import org.solarpm.identity.Actor;
import org.solarpm.identity.NewUser;
import org.solarpm.identity.OrganisationService;
import org.solarpm.identity.Role;
import org.solarpm.identity.User;
import org.solarpm.identity.UserService;
import org.solarpm.project.MaterialPlanLine;
import org.solarpm.project.NewProject;
import org.solarpm.project.Project;
import org.solarpm.project.ProjectDetails;
import org.solarpm.project.ProjectRepository;
import org.solarpm.project.ProjectService;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.DomainException;

/**
 * In-container, against MariaDB: after every step of long random sequences of PUTs, submits,
 * approvals, returns, copies and edits after approval (fixed seeds), the incrementally
 * maintained rollups equal a recomputation from the raw reports.
 */
@ExtendWith(ArquillianExtension.class)
class DailyReportRollupIT {

    private static final Actor SYSTEM = new Actor(0, "it-admin", "IT Admin", Set.of(Role.ADMIN), null, Locale.ROOT, "127.0.0.1");
    private static final int STEPS = 300;
    private static final int DAYS = 8;

    private enum Op { PUT, PUT_SAME, PUT_STALE, SUBMIT, APPROVE, RETURN, COPY }

    @Deployment
    static WebArchive deployment() {
        return Deployments.solarpm();
    }

    @Inject
    DailyReportService reports;

    @Inject
    RollupRecomputation recomputation;

    @Inject
    ProjectService projects;

    @Inject
    ProjectRepository projectRepository;

    @Inject
    WorkItemRepository workItems;

    @Inject
    UserService users;

    @Inject
    OrganisationService organisation;

    @Inject
    CompanyClock clock;

    @Test
    void shouldKeepIncrementalRollupsEqualToARecomputationAfterRandomSequences() {
        for (long seed : new long[] {20261122L, 7L}) {
            run(seed);
        }
    }

    @Test
    void shouldRebuildRollupsFromRawReportsToTheSameValues() {
        Actor actor = actor();
        long projectId = project(actor);
        Random random = new Random(99);
        List<WorkItem> items = workItems.of(projectId);
        List<MaterialPlanLine> lines = projectRepository.materialPlanOf(projectId);
        LocalDate today = clock.today();
        for (int d = 0; d < 5; d++) {
            reports.put(actor, projectId, today.minusDays(d), null, content(random, items, lines));
            reports.submit(actor, projectId, today.minusDays(d), null);
        }
        var before = recomputation.compute(projectId);
        recomputation.rebuild(projectId);
        assertEquals(List.of(), recomputation.differences(projectId));
        assertEquals(before.days().size(), recomputation.compute(projectId).days().size());
        assertEquals(5, before.days().size());
    }

    private void run(long seed) {
        Actor actor = actor();
        long projectId = project(actor);
        List<WorkItem> items = workItems.of(projectId);
        List<MaterialPlanLine> lines = projectRepository.materialPlanOf(projectId);
        Random random = new Random(seed);
        LocalDate today = clock.today();
        Map<Op, int[]> done = new EnumMap<>(Op.class);
        for (Op op : Op.values()) {
            done.put(op, new int[2]);
        }
        int editsAfterApproval = 0;
        List<String> log = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            Op op = Op.values()[random.nextInt(Op.values().length)];
            LocalDate day = today.minusDays(random.nextInt(DAYS));
            log.add(step + ": " + op + " " + day);
            try {
                switch (op) {
                    case PUT -> {
                        var current = current(actor, projectId, day);
                        var r = reports.put(actor, projectId, day, current == null ? null : current.getVersion(), content(random, items, lines));
                        if (current != null && current.getStatus() == ReportStatus.APPROVED && r.report().getRevision() > current.getRevision()) {
                            editsAfterApproval++;
                        }
                    }
                    case PUT_SAME -> {
                        var current = current(actor, projectId, day);
                        if (current != null) {
                            var r = reports.put(actor, projectId, day, null, current.content());
                            assertEquals(current.getVersion(), r.report().getVersion(), "the same content again is no change");
                        }
                    }
                    case PUT_STALE -> {
                        var current = current(actor, projectId, day);
                        if (current != null) {
                            reports.put(actor, projectId, day, current.getVersion() - 1, content(random, items, lines));
                        }
                    }
                    case SUBMIT -> reports.submit(actor, projectId, day, null);
                    case APPROVE -> reports.review(actor, projectId, day, Decision.APPROVE, null, null);
                    case RETURN -> reports.review(actor, projectId, day, Decision.RETURN, "请补充第 " + step + " 步的数据", null);
                    case COPY -> reports.copyPrevious(actor, projectId, day);
                }
                done.get(op)[0]++;
            } catch (DomainException refused) {
                done.get(op)[1]++;
                log.set(log.size() - 1, log.get(log.size() - 1) + " refused " + refused.messageKey());
            }
            List<String> diffs = recomputation.differences(projectId);
            if (!diffs.isEmpty()) {
                throw new AssertionError("seed " + seed + ", after step " + step + ":\n" + String.join("\n", diffs)
                        + "\nsteps:\n" + String.join("\n", log.subList(Math.max(0, log.size() - 15), log.size())));
            }
        }
        // the sequence really exercised the workflow (else the comparison above proves little)
        assertTrue(done.get(Op.PUT)[0] > 20, "puts " + done.get(Op.PUT)[0]);
        assertTrue(done.get(Op.SUBMIT)[0] > 10, "submits " + done.get(Op.SUBMIT)[0]);
        assertTrue(done.get(Op.APPROVE)[0] > 5, "approvals " + done.get(Op.APPROVE)[0]);
        assertTrue(done.get(Op.RETURN)[0] > 5, "returns " + done.get(Op.RETURN)[0]);
        assertTrue(done.get(Op.PUT_STALE)[1] > 5, "stale puts refused " + done.get(Op.PUT_STALE)[1]);
        assertTrue(editsAfterApproval > 2, "edits after approval " + editsAfterApproval);
        var expected = recomputation.compute(projectId);
        assertTrue(expected.days().stream().anyMatch(r -> r.installedKwp().signum() > 0), "some kWp were installed");
        assertTrue(expected.consumed().values().stream().anyMatch(v -> v.signum() > 0), "some material was consumed");
    }

    private org.solarpm.dailyreport.DailyReport current(Actor actor, long projectId, LocalDate day) {
        try {
            return reports.get(actor, projectId, day).report();
        } catch (DomainException none) {
            return null;
        }
    }

    private static ReportContent content(Random r, List<WorkItem> items, List<MaterialPlanLine> lines) {
        List<QuantityLine> quantities = new ArrayList<>();
        for (WorkItem w : items) {
            if (r.nextInt(3) == 0) {
                BigDecimal max = w.getDesignQuantity().divide(BigDecimal.valueOf(40), 0, java.math.RoundingMode.DOWN);
                BigDecimal q = BigDecimal.valueOf((long) (r.nextDouble() * max.doubleValue()));
                quantities.add(new QuantityLine(w.getId(), r.nextInt(15) == 0 ? q.add(BigDecimal.valueOf(0.5)) : q, null));
            }
        }
        List<MaterialConsumption> consumed = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            consumed.add(new MaterialConsumption(lines.get(r.nextInt(lines.size())).getId(), BigDecimal.valueOf(r.nextInt(500))));
        }
        List<ManpowerLine> manpower = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            int n = r.nextInt(60);
            manpower.add(new ManpowerLine(ManpowerLine.Trade.values()[r.nextInt(ManpowerLine.Trade.values().length)], "队" + i, n,
                    BigDecimal.valueOf(n * 8.5)));
        }
        List<Delay> delays = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            delays.add(new Delay(Delay.Cause.values()[r.nextInt(Delay.Cause.values().length)], BigDecimal.valueOf(r.nextInt(16) / 2.0), null));
        }
        List<Incident> incidents = new ArrayList<>();
        for (int i = r.nextInt(4) == 0 ? 1 + r.nextInt(2) : 0; i > 0; i--) {
            incidents.add(new Incident(Incident.Severity.values()[r.nextInt(4)], "事件 " + i));
        }
        List<QualityIssue> quality = r.nextInt(3) == 0 ? List.of(new QualityIssue("螺栓未紧固", r.nextBoolean())) : List.of();
        List<EquipmentLine> equipment = List.of(new EquipmentLine(EquipmentLine.Type.PILE_DRIVER, r.nextInt(3), BigDecimal.TEN, BigDecimal.ONE));
        return new ReportContent(new Weather(Weather.Condition.values()[r.nextInt(8)], null, null, r.nextInt(8), null, r.nextBoolean()),
                manpower, equipment, quantities, List.of(), consumed, r.nextBoolean(), r.nextInt(3), incidents, quality, delays,
                null, "计划 " + r.nextInt(1000), null);
    }

    private Actor actor() {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toLowerCase(Locale.ROOT);
        long branchId = organisation.create(SYSTEM, "R" + suffix.toUpperCase(Locale.ROOT), "日报测试分公司", "Report test branch").getId();
        User admin = users.create(SYSTEM, new NewUser("rollup-" + suffix, "日报测试", null, null, "zh-CN", "solarpm-pw", branchId, null,
                Set.of(Role.ADMIN, Role.PROJECT_MANAGER)));
        return Actor.of(admin, Locale.SIMPLIFIED_CHINESE, "127.0.0.1");
    }

    private long project(Actor actor) {
        String code = "RU-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        LocalDate start = clock.today().minusDays(190);
        Project p = projects.create(actor, new NewProject("ground-mounted", new ProjectDetails(code, "日报汇总测试 " + code, "业主", "宁夏",
                new BigDecimal("37.5"), new BigDecimal("105.2"), new BigDecimal("20000000.00"), null, start, start.plusDays(300)),
                new BigDecimal("5000"), null, actor.branchId(), actor.id()), null);
        return p.getId();
    }
}
