package org.solarpm.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.solarpm.demo.DemoContext;
import org.solarpm.demo.DemoData;
import org.solarpm.identity.Actor;
import org.solarpm.identity.User;
import org.solarpm.shared.CompanyClock;

/**
 * Demo projects of the East China branch, one per template plus two finished ones for the
 * "similar projects" view: pm manages them, site and buyer are members.
 */
@ApplicationScoped
public class ProjectDemoData implements DemoData {

    @Inject
    ProjectService projects;

    @Inject
    CompanyClock clock;

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void seed(DemoContext context) {
        User admin = context.user("admin");
        Actor system = Actor.of(admin, Locale.SIMPLIFIED_CHINESE, "127.0.0.1");
        LocalDate today = clock.today();
        Project ground = create(system, context, "ground-mounted", "DEMO-GM-001", "宁夏中卫100MWp农光互补电站", "中卫新能源发展有限公司",
                "宁夏回族自治区中卫市沙坡头区", "37.514", "105.190", "100000", today.minusDays(200), "398000000.00");
        advance(system, ground, Stage.CONSTRUCTION);
        Project roof = create(system, context, "ci-rooftop", "DEMO-CI-002", "苏州工业园区5MWp厂房屋顶分布式", "苏州精密制造有限公司",
                "江苏省苏州市工业园区星湖街", "31.300", "120.720", "5000", today.minusDays(40), "17500000.00");
        advance(system, roof, Stage.DESIGN);
        Project houses = create(system, context, "residential-cluster", "DEMO-RC-003", "浙江嘉兴整村户用光伏1MWp", "嘉兴市南湖区农户集体",
                "浙江省嘉兴市南湖区凤桥镇", "30.700", "120.800", "1000", today.minusDays(10), "3300000.00");
        Project pastGround = create(system, context, "ground-mounted", "DEMO-GM-2023", "甘肃武威80MWp光伏电站（已并网）", "武威光伏发电有限公司",
                "甘肃省武威市凉州区", "37.930", "102.640", "80000", today.minusDays(900), "312000000.00");
        advance(system, pastGround, Stage.CLOSED);
        Project pastRoof = create(system, context, "ci-rooftop", "DEMO-CI-2024", "无锡6MWp厂房屋顶分布式（运维中）", "无锡纺织集团",
                "江苏省无锡市新吴区", "31.490", "120.310", "6000", today.minusDays(500), "21000000.00");
        advance(system, pastRoof, Stage.OM);
    }

    private Project create(Actor system, DemoContext context, String template, String code, String name, String customer,
                           String address, String lat, String lon, String kwp, LocalDate start, String contractValue) {
        ProjectDetails details = new ProjectDetails(code, name, customer, address, new BigDecimal(lat), new BigDecimal(lon),
                new BigDecimal(contractValue), null, start, null);
        Project project = projects.create(system, new NewProject(template, details, new BigDecimal(kwp), null,
                context.branch("EAST").getId(), context.user("pm").getId()), null);
        addTeam(system, context, project);
        return project;
    }

    private void addTeam(Actor system, DemoContext context, Project project) {
        projects.addMember(system, project.getId(), context.user("site").getId(), ProjectRole.SITE_LEAD);
        projects.addMember(system, project.getId(), context.user("buyer").getId(), ProjectRole.BUYER);
    }

    private void advance(Actor system, Project project, Stage target) {
        projects.changeStage(system, project.getId(), target, "演示数据", true, "演示数据：历史项目补录");
    }
}
