package org.solarpm.it.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.solarpm.board.BoardRepository;
import org.solarpm.dailyreport.WorkItemRepository;
import org.solarpm.identity.Actor;
import org.solarpm.identity.NewUser;
import org.solarpm.identity.OrganisationService;
import org.solarpm.identity.Role;
import org.solarpm.identity.User;
import org.solarpm.identity.UserService;
import org.solarpm.milestone.MilestoneRepository;
import org.solarpm.project.NewProject;
import org.solarpm.project.Project;
import org.solarpm.project.ProjectDetails;
import org.solarpm.project.ProjectRepository;
import org.solarpm.project.ProjectService;
import org.solarpm.project.ProjectTemplates;
import org.solarpm.project.Stage;
import org.solarpm.shared.DomainException;
import org.solarpm.template.ProjectPlan;
import org.solarpm.template.ProjectTemplate;

/** In-container: creating projects from every shipped template, in one transaction, against MariaDB. */
@ExtendWith(ArquillianExtension.class)
class ProjectServiceIT {

    private static final Actor ADMIN = new Actor(0, "it-admin", "IT Admin", Set.of(Role.ADMIN), null, Locale.ROOT, "127.0.0.1");
    private static final LocalDate START = LocalDate.of(2026, 4, 1);

    @Deployment
    static WebArchive deployment() {
        return Deployments.solarpm();
    }

    @Inject
    ProjectService projects;

    @Inject
    ProjectTemplates templates;

    @Inject
    ProjectRepository repository;

    @Inject
    BoardRepository boards;

    @Inject
    MilestoneRepository milestones;

    @Inject
    WorkItemRepository workItems;

    @Inject
    UserService users;

    @Inject
    OrganisationService organisation;

    @Resource(lookup = "java:app/jdbc/solarpm")
    DataSource dataSource;

    private long branchId;
    private long managerId;

    private void organisation() {
        if (branchId != 0) {
            return;
        }
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        branchId = organisation.create(ADMIN, "P" + suffix, "项目测试分公司", "Project test branch").getId();
        User pm = users.create(ADMIN, new NewUser("pm-" + suffix.toLowerCase(Locale.ROOT), "项目经理", null, null, "zh-CN", "solarpm-pw",
                branchId, null, Set.of(Role.PROJECT_MANAGER)));
        managerId = pm.getId();
    }

    private NewProject command(String template, String code, String capacityKwp) {
        organisation();
        return new NewProject(template, new ProjectDetails(code, "测试 " + code, "业主", "江苏省南京市", new BigDecimal("32.06"),
                new BigDecimal("118.79"), new BigDecimal("10000000.00"), null, START, START.plusDays(400)),
                new BigDecimal(capacityKwp), null, branchId, managerId);
    }

    private static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private Map<String, Long> rowCounts() throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("project", "project_member", "project_gate_item", "project_stage_change", "board",
                    "board_column", "card", "milestone", "work_item", "material_plan_line", "project_creation_key")) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    @Test
    void shouldCreateEveryShippedTemplateWithTheExpectedCounts() {
        for (ProjectTemplate template : templates.all()) {
            BigDecimal capacity = template.capacityKwp().typical();
            Project project = projects.create(ADMIN, command(template.code(), code("T"), capacity.toPlainString()), null);
            ProjectPlan plan = template.plan(capacity, START);
            long id = project.getId();
            var board = boards.boardOf(id).orElseThrow();
            assertEquals(template.columns().size(), board.getColumns().size(), template.code() + " columns");
            assertEquals(plan.tasks().size(), boards.countCards(board), template.code() + " cards");
            assertEquals(template.milestones().size(), milestones.countOf(id), template.code() + " milestones");
            assertEquals(template.workItems().size(), workItems.countOf(id), template.code() + " work items");
            assertEquals(template.billOfMaterials().size(), repository.countMaterialPlanOf(id), template.code() + " material lines");
            long gates = template.stages().stream().mapToLong(s -> s.gateItems().size()).sum();
            assertEquals(gates, projects.get(ADMIN, id).getGateItems().size(), template.code() + " gate items");
            assertEquals(Stage.SURVEY, project.getStage());
            assertEquals(0, plan.totalBudgetCny().compareTo(project.getBudget()), template.code() + " budget seeded from the BOM");
        }
    }

    @Test
    void shouldLayOutA100MwpGroundPlantWith312CardsInRankOrderAndDatedMilestones() {
        Project project = projects.create(ADMIN, command("ground-mounted", code("GM"), "100000"), null);
        var board = boards.boardOf(project.getId()).orElseThrow();
        var cards = boards.cardsOf(board);
        assertEquals(312, cards.size());
        List<String> ranks = cards.stream().map(c -> c.getRank()).toList();
        List<String> sorted = new ArrayList<>(ranks);
        Collections.sort(sorted);
        assertEquals(sorted, ranks);
        assertTrue(cards.stream().anyMatch(c -> "PILING-B34".equals(c.getCode()) && c.getBlockNo() == 34));
        var ms = milestones.of(project.getId());
        assertTrue(ms.stream().allMatch(m -> !m.getPlannedDate().isBefore(START) && m.getPlannedDate().equals(m.getBaselineDate())));
        var pile = workItems.of(project.getId()).stream().filter(w -> w.getCode().equals("PILE")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("92000").compareTo(pile.getDesignQuantity()));
        var modules = repository.materialPlanOf(project.getId()).stream().filter(m -> m.getUnit().equals("pcs")
                && m.getCategory().name().equals("MODULE")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("161291").compareTo(modules.getPlannedQuantity()), "100 MWp / 620 Wp, rounded up");
    }

    @Test
    void shouldLeaveNothingBehindWhenCreationFailsLate() throws Exception {
        Map<String, Long> before = rowCounts();
        String code = code("FAIL");
        // the idempotency key is written last, after every plan row; a key too long for its column fails the whole transaction
        Exception e = assertThrows(Exception.class, () -> projects.create(ADMIN, command("ground-mounted", code, "50000"), "k".repeat(300)));
        assertFalse(e instanceof DomainException, "a database failure, not a refused request: " + e);
        assertEquals(before, rowCounts());
        assertFalse(repository.codeTaken(code));
    }

    @Test
    void shouldRollBackARefusedCreationAndKeepCodesUnique() throws Exception {
        String code = code("DUP");
        projects.create(ADMIN, command("ci-rooftop", code, "3000"), null);
        Map<String, Long> before = rowCounts();
        DomainException dup = assertThrows(DomainException.class, () -> projects.create(ADMIN, command("residential-cluster", code, "500"), null));
        assertEquals(DomainException.Kind.CONFLICT, dup.kind());
        DomainException unknown = assertThrows(DomainException.class, () -> projects.create(ADMIN, command("floating", code("X"), "500"), null));
        assertEquals("templateCode", unknown.fieldErrors().get(0).field());
        assertEquals(before, rowCounts());
    }

    @Test
    void shouldReturnTheFirstProjectForARepeatedIdempotencyKey() {
        String key = "key-" + UUID.randomUUID();
        Project first = projects.create(ADMIN, command("residential-cluster", code("I"), "600"), key);
        Project again = projects.create(ADMIN, command("residential-cluster", code("I"), "600"), key);
        assertEquals(first.getId(), again.getId());
    }
}
