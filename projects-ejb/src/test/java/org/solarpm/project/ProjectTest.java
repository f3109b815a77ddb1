package org.solarpm.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.solarpm.identity.Actor;
import org.solarpm.identity.Branch;
import org.solarpm.identity.Role;
import org.solarpm.identity.User;
import org.solarpm.shared.DomainException;
import org.solarpm.template.ProjectType;

class ProjectTest {

    static final Instant NOW = Instant.parse("2026-04-01T02:00:00Z");
    static final LocalDate START = LocalDate.of(2026, 4, 1);

    static <T> T withId(T entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static User user(long id, String name) {
        return withId(new User(name, name, "hash", NOW), id);
    }

    static Branch branch(long id) {
        return withId(new Branch("EAST" + id, "华东", "East"), id);
    }

    static Actor actor(long id, Long branchId, Role... roles) {
        return new Actor(id, "u" + id, "User " + id, roles.length == 0 ? Set.of() : Set.of(roles), branchId, Locale.ENGLISH, "127.0.0.1");
    }

    static ProjectDetails details(LocalDate start, LocalDate cod) {
        return new ProjectDetails("P-1", "Test", "Owner", "Nanjing", null, null, new BigDecimal("1000000.00"), null, start, cod);
    }

    static Project project() {
        Project p = new Project(details(START, START.plusDays(300)), ProjectType.GROUND_MOUNTED, new BigDecimal("30000"), 620,
                branch(1), user(10, "pm"), "ground-mounted", 1, NOW);
        withId(p, 100);
        p.addGateItem(Stage.SURVEY, "G_SITE", "踏勘报告", "Survey report", false);
        p.addGateItem(Stage.BID, "G_CONTRACT", "合同", "Contract signed", true);
        p.addGateItem(Stage.FILING, "G_FILING_CERT", "备案证", "Filing certificate", true);
        return p;
    }

    @Test
    void shouldStartInSurveyWithTheManagerAsPmAndOneHistoryEntry() {
        Project p = project();
        assertThat(p.getStage()).isEqualTo(Stage.SURVEY);
        assertThat(p.memberOf(10)).get().extracting(ProjectMember::getRole).isEqualTo(ProjectRole.PM);
        assertThat(p.getHistory()).singleElement().satisfies(h -> assertThat(h.getToStage()).isEqualTo(Stage.SURVEY));
    }

    @Test
    void shouldBlockAdvanceWithTheUnmetGateItemCodes() {
        Project p = project();
        assertThatThrownBy(() -> p.advanceTo(Stage.FILING, actor(10, 1L), "skip", NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.details()).containsExactly("G_SITE", "G_CONTRACT");
                });
        assertThat(p.getStage()).isEqualTo(Stage.SURVEY);
        assertThat(p.getHistory()).hasSize(1);
    }

    @Test
    void shouldAdvanceOnceTheGateItemsAreTickedAndKeepHistory() {
        Project p = project();
        p.tickGateItem("G_SITE", actor(10, 1L), null, NOW);
        assertThat(p.gateItem("G_SITE")).get().satisfies(g -> {
            assertThat(g.isTicked()).isTrue();
            assertThat(g.getTickedBy()).isEqualTo(10L);
            assertThat(g.getTickedAt()).isEqualTo(NOW);
        });
        p.advanceTo(Stage.BID, actor(10, 1L), "survey done", NOW.plusSeconds(60));
        assertThat(p.getStage()).isEqualTo(Stage.BID);
        assertThat(p.getHistory()).hasSize(2);
        assertThat(p.getHistory().get(1).getFromStage()).isEqualTo(Stage.SURVEY);
        assertThat(p.getHistory().get(1).getNote()).isEqualTo("survey done");
    }

    @Test
    void shouldRequireADocumentWhereTheTemplateSaysSo() {
        Project p = project();
        assertThatThrownBy(() -> p.tickGateItem("G_CONTRACT", actor(10, 1L), null, NOW)).isInstanceOf(DomainException.class);
        ProjectDocument other = withId(new ProjectDocument(999, "c.pdf", "application/pdf", 3, "x", "s", 10, NOW), 5);
        assertThatThrownBy(() -> p.tickGateItem("G_CONTRACT", actor(10, 1L), other, NOW)).isInstanceOf(DomainException.class);
        ProjectDocument own = withId(new ProjectDocument(100, "c.pdf", "application/pdf", 3, "x", "s", 10, NOW), 6);
        p.tickGateItem("G_CONTRACT", actor(10, 1L), own, NOW);
        assertThat(p.gateItem("G_CONTRACT").orElseThrow().getDocumentId()).isEqualTo(6L);
    }

    @Test
    void shouldLetOnlyAdminsOverrideAndOnlyWithAReason() {
        Project p = project();
        assertThatThrownBy(() -> p.overrideTo(Stage.FILING, actor(10, 1L, Role.PROJECT_MANAGER), "urgent", null, NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> p.overrideTo(Stage.FILING, actor(1, null, Role.ADMIN), " ", null, NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID));
        StageChange change = p.overrideTo(Stage.FILING, actor(1, null, Role.ADMIN), "contract scan follows", "note", NOW);
        assertThat(p.getStage()).isEqualTo(Stage.FILING);
        assertThat(change.isOverride()).isTrue();
        assertThat(change.getOverriddenItems()).isEqualTo("G_SITE,G_CONTRACT");
    }

    @Test
    void shouldRefuseBackwardsMovesLosingAfterConstructionAndChangesAfterTheEnd() {
        Project p = project();
        p.overrideTo(Stage.CONSTRUCTION, actor(1, null, Role.ADMIN), "demo", null, NOW);
        assertThatThrownBy(() -> p.advanceTo(Stage.DESIGN, actor(10, 1L), null, NOW)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> p.advanceTo(Stage.LOST, actor(10, 1L), null, NOW)).isInstanceOf(DomainException.class);
        Project bid = project();
        bid.advanceTo(Stage.LOST, actor(10, 1L), "lost to competitor", NOW);
        assertThat(bid.getStage()).isEqualTo(Stage.LOST);
        assertThatThrownBy(() -> bid.advanceTo(Stage.BID, actor(10, 1L), null, NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void shouldRefuseACodBeforeTheStart() {
        Project p = project();
        assertThatThrownBy(() -> p.describe(details(START, START.minusDays(1))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors().get(0).field()).isEqualTo("plannedCod"));
        assertThatThrownBy(() -> new Project(details(START, null), ProjectType.CI_ROOFTOP, new BigDecimal("-1"), 590, branch(1),
                user(10, "pm"), "ci-rooftop", 1, NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void shouldNotRemoveTheManager() {
        Project p = project();
        p.addMember(user(11, "site"), ProjectRole.SITE_LEAD, NOW);
        p.removeMember(11);
        assertThat(p.memberOf(11)).isEmpty();
        assertThatThrownBy(() -> p.removeMember(10)).isInstanceOf(DomainException.class);
    }
}
