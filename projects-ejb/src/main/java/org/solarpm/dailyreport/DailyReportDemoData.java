package org.solarpm.dailyreport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.solarpm.dailyreport.rollup.RollupRecomputation;
import org.solarpm.demo.DemoContext;
import org.solarpm.demo.DemoData;
import org.solarpm.project.MaterialPlanLine;
import org.solarpm.project.Project;
import org.solarpm.project.ProjectRepository;
import org.solarpm.project.Stage;
import org.solarpm.shared.CompanyClock;

/**
 * Two weeks of daily reports (until yesterday) for every demo project in construction, filed by
 * the site lead and mostly approved by the PM, so the dashboards are not empty. Today is left
 * open for a live report. Reports go through the aggregate; rollups are rebuilt once per project.
 */
@ApplicationScoped
public class DailyReportDemoData implements DemoData {

    private static final int DAYS = 14;

    @PersistenceContext
    EntityManager em;

    @Inject
    ProjectRepository projects;

    @Inject
    WorkItemRepository workItems;

    @Inject
    DeadlineSettings deadlines;

    @Inject
    RollupRecomputation rollups;

    @Inject
    CompanyClock clock;

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void seed(DemoContext context) {
        long site = context.user("site").getId();
        long pm = context.user("pm").getId();
        LocalDate today = clock.today();
        List<Project> building = em.createQuery("SELECT p FROM Project p WHERE p.stage = :stage ORDER BY p.id", Project.class)
                .setParameter("stage", Stage.CONSTRUCTION).getResultList();
        for (Project project : building) {
            Random random = new Random(project.getId());
            List<WorkItem> items = workItems.of(project.getId());
            Map<String, Long> lines = projects.materialPlanOf(project.getId()).stream()
                    .collect(Collectors.toMap(MaterialPlanLine::getMaterialCode, MaterialPlanLine::getId));
            for (int back = DAYS; back >= 1; back--) {
                LocalDate day = today.minusDays(back);
                DailyReport report = new DailyReport(project.getId(), day, site, day.atTime(18, 0).atZone(clock.zone()).toInstant());
                report.edit(content(day, items, lines, random), report.getCreatedAt());
                LocalTime at = back == 5 ? LocalTime.of(8, 20) : LocalTime.of(20, 30);
                LocalDate submittedOn = back == 5 ? day.plusDays(1) : day;
                report.submit(submittedOn.atTime(at).atZone(clock.zone()).toInstant(), deadlines.policy());
                em.persist(report);
                if (back > 2) {
                    em.flush();
                    em.persist(report.approve(pm, null, report.getSubmittedAt().plusSeconds(3600 * 12))
                            .withSnapshot(ContentJson.write(report.content())));
                }
            }
            em.flush();
            rollups.rebuild(project.getId());
        }
    }

    private static ReportContent content(LocalDate day, List<WorkItem> items, Map<String, Long> lines, Random random) {
        boolean rain = random.nextInt(7) == 0;
        List<QuantityLine> quantities = new ArrayList<>();
        List<MaterialConsumption> consumed = new ArrayList<>();
        for (WorkItem w : items) {
            if (day.isBefore(w.getPlannedStart()) || day.isAfter(w.getPlannedEnd())) {
                continue;
            }
            long window = ChronoUnit.DAYS.between(w.getPlannedStart(), w.getPlannedEnd()) + 1;
            double factor = (rain ? 0.3 : 0.7) + random.nextDouble() * 0.4;
            BigDecimal q = w.getDesignQuantity().multiply(BigDecimal.valueOf(factor / window)).setScale(0, RoundingMode.HALF_UP);
            if (q.signum() > 0) {
                quantities.add(new QuantityLine(w.getId(), q, null));
                String material = "PILE".equals(w.getCode()) ? "PHC_PILE" : "MODULE_PCS".equals(w.getCode()) ? "PV_MODULE" : null;
                if (material != null && lines.containsKey(material)) {
                    consumed.add(new MaterialConsumption(lines.get(material), q));
                }
            }
        }
        int installers = 40 + random.nextInt(30);
        List<ManpowerLine> manpower = List.of(
                new ManpowerLine(ManpowerLine.Trade.INSTALLER, "华东安装队", installers, BigDecimal.valueOf(installers * 9L)),
                new ManpowerLine(ManpowerLine.Trade.PILING, "西北桩基工程公司", 12 + random.nextInt(6), BigDecimal.valueOf(140)),
                new ManpowerLine(ManpowerLine.Trade.ELECTRICIAN, "华东电气安装", 8 + random.nextInt(5), BigDecimal.valueOf(90)),
                new ManpowerLine(ManpowerLine.Trade.SUPERVISOR, null, 3, BigDecimal.valueOf(30)));
        List<EquipmentLine> equipment = List.of(
                new EquipmentLine(EquipmentLine.Type.PILE_DRIVER, 2, BigDecimal.valueOf(rain ? 6 : 16), BigDecimal.valueOf(rain ? 10 : 2)),
                new EquipmentLine(EquipmentLine.Type.FORKLIFT, 3, BigDecimal.valueOf(24), BigDecimal.valueOf(3)));
        List<Delay> delays = rain ? List.of(new Delay(Delay.Cause.WEATHER, BigDecimal.valueOf(4), "午后降雨，停止组件安装"))
                : random.nextInt(6) == 0 ? List.of(new Delay(Delay.Cause.MATERIAL_SHORTAGE, BigDecimal.valueOf(2), "组件到货延迟"))
                : List.of();
        List<Incident> incidents = random.nextInt(10) == 0 ? List.of(new Incident(Incident.Severity.MINOR, "工人搬运支架时手部轻微划伤，已包扎"))
                : List.of();
        Weather weather = new Weather(rain ? Weather.Condition.LIGHT_RAIN : Weather.Condition.SUNNY, BigDecimal.valueOf(2 + random.nextInt(5)),
                BigDecimal.valueOf(12 + random.nextInt(8)), 2 + random.nextInt(3), BigDecimal.valueOf(rain ? 5 : 9.5), rain);
        return new ReportContent(weather, manpower, equipment, quantities, List.of(), consumed, true, random.nextInt(3) == 0 ? 1 : 0,
                incidents, List.of(), delays, null, "继续组件安装及直流电缆敷设", null);
    }
}
