package org.solarpm.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCatalogTest {

    private final TemplateCatalog catalog = TemplateCatalog.load();

    @Test
    void shouldLoadEveryShippedTemplateFromTheIndex() {
        assertThat(catalog.codes()).containsExactly("ci-rooftop", "ground-mounted", "residential-cluster");
        assertThat(catalog.get("ci-rooftop").projectType()).isEqualTo(ProjectType.CI_ROOFTOP);
        assertThat(catalog.get("ground-mounted").projectType()).isEqualTo(ProjectType.GROUND_MOUNTED);
        assertThat(catalog.get("residential-cluster").projectType()).isEqualTo(ProjectType.RESIDENTIAL_CLUSTER);
    }

    @Test
    void shouldGiveEveryShippedTemplateAllStagesInLifecycleOrder() {
        assertThat(catalog.templates()).allSatisfy(t ->
                assertThat(t.stages()).extracting(StageDef::code).containsExactly(StageCode.values()));
    }

    @Test
    void shouldGiveEveryShippedTemplateGateItemsTasksAndAKeyMilestoneInEveryStageThatNeedsThem() {
        assertThat(catalog.templates()).allSatisfy(t -> {
            assertThat(t.stages()).allSatisfy(s -> assertThat(s.gateItems()).as("%s %s", t.code(), s.code()).isNotEmpty());
            assertThat(t.stages()).allSatisfy(s -> assertThat(t.tasksOf(s.code())).as("%s %s", t.code(), s.code()).isNotEmpty());
            assertThat(t.milestones()).anyMatch(MilestoneDef::key);
            assertThat(t.reminders()).extracting(ReminderRuleDef::code).containsExactly("MILESTONE_DUE_7D",
                    "MILESTONE_DUE_1D", "MILESTONE_OVERDUE", "CARD_DUE_DIGEST", "DAILY_REPORT_DEADLINE", "EXECUTIVE_DIGEST");
        });
    }

    @Test
    void shouldNameEverythingAUserSeesInChineseAndEnglish() {
        assertThat(catalog.templates()).allSatisfy(t -> assertThat(userVisibleTexts(t)).allSatisfy(text -> {
            assertThat(text.zh()).as("%s: %s", t.code(), text).isNotBlank().containsPattern("\\p{IsHan}");
            assertThat(text.en()).as("%s: %s", t.code(), text).isNotBlank().doesNotContainPattern("\\p{IsHan}");
        }));
    }

    @Test
    void shouldGateFilingAndGridConnectionOnTheirDocuments() {
        assertThat(catalog.templates()).allSatisfy(t -> {
            assertThat(t.stage(StageCode.FILING).orElseThrow().gateItems())
                    .anySatisfy(g -> {
                        assertThat(g.code()).isEqualTo("G_FILING_CERT");
                        assertThat(g.documentRequired()).isTrue();
                    });
            assertThat(t.stage(StageCode.GRID_CONNECTION).orElseThrow().gateItems())
                    .anySatisfy(g -> assertThat(g.code()).isEqualTo("G_GRID_ACCEPTANCE"));
        });
    }

    @Test
    void shouldCarryTheDailyReportDeadlineParameters() {
        ReminderRuleDef rule = catalog.get("ci-rooftop").reminders().stream()
                .filter(r -> r.code().equals("DAILY_REPORT_DEADLINE")).findFirst().orElseThrow();

        assertThat(rule.param("deadline")).isEqualTo("24:00");
        assertThat(rule.param("grace")).isEqualTo("09:00");
    }

    @Test
    void shouldFindTemplatesByType() {
        assertThat(catalog.ofType(ProjectType.GROUND_MOUNTED)).extracting(ProjectTemplate::code)
                .containsExactly("ground-mounted");
        assertThat(catalog.find("no-such-template")).isEmpty();
    }

    @Test
    void shouldNameTheAvailableCodesForAnUnknownOne() {
        assertThatThrownBy(() -> catalog.get("rooftop"))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("'rooftop'")
                .hasMessageContaining("ci-rooftop");
    }

    @Test
    void shouldRefuseToLoadATemplateThatBreaksARule(@TempDir Path root) throws IOException {
        String broken = shipped("ci-rooftop.json").replaceFirst("\"wipLimit\": 12", "\"wipLimit\": 0");
        writeCatalog(root, "ci-rooftop", broken);

        assertThatThrownBy(() -> TemplateCatalog.load(classLoaderOf(root)))
                .isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("solarpm-templates/ci-rooftop.json")
                .hasMessageContaining("/columns/1/wipLimit: must be a positive integer or null");
    }

    @Test
    void shouldRefuseToLoadATemplateWithAValueOfTheWrongType(@TempDir Path root) throws IOException {
        String broken = shipped("ci-rooftop.json").replaceFirst("\"projectType\": \"CI_ROOFTOP\"", "\"projectType\": \"ROOFTOP\"");
        writeCatalog(root, "ci-rooftop", broken);

        assertThatThrownBy(() -> TemplateCatalog.load(classLoaderOf(root)))
                .isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("solarpm-templates/ci-rooftop.json is not a valid project template");
    }

    @Test
    void shouldRefuseATemplateWhoseCodeDiffersFromItsFileName(@TempDir Path root) throws IOException {
        writeCatalog(root, "rooftop", shipped("ci-rooftop.json"));

        assertThatThrownBy(() -> TemplateCatalog.load(classLoaderOf(root)))
                .isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("/code: must equal the file name 'rooftop', found 'ci-rooftop'");
    }

    @Test
    void shouldNameAnIndexedTemplateThatIsMissing(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("solarpm-templates"));
        Files.writeString(root.resolve("solarpm-templates/index.txt"), "# codes\n\nmissing-one\n");

        assertThatThrownBy(() -> TemplateCatalog.load(classLoaderOf(root)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("solarpm-templates/missing-one.json is not on the classpath");
    }

    @Test
    void shouldBuildACatalogFromGivenTemplates() {
        TemplateCatalog given = TemplateCatalog.of(List.of(TemplateFixtures.minimal()));

        assertThat(given.codes()).containsExactly("mini");
        assertThatThrownBy(() -> TemplateCatalog.of(List.of(TemplateFixtures.minimal(), TemplateFixtures.minimal())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static String shipped(String file) throws IOException {
        try (InputStream in = TemplateCatalogTest.class.getClassLoader()
                .getResourceAsStream(TemplateCatalog.LOCATION + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void writeCatalog(Path root, String code, String json) throws IOException {
        Path dir = Files.createDirectories(root.resolve("solarpm-templates"));
        Files.writeString(dir.resolve("index.txt"), code + "\n");
        Files.writeString(dir.resolve(code + ".json"), json);
    }

    /** Sees only {@code root}, not the module's own templates (its parent is the bootstrap loader). */
    private static ClassLoader classLoaderOf(Path root) throws IOException {
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
    }

    private static List<LocalizedText> userVisibleTexts(ProjectTemplate t) {
        List<LocalizedText> texts = new ArrayList<>(List.of(t.name(), t.description(), t.block().label()));
        t.stages().forEach(s -> {
            texts.add(s.name());
            s.gateItems().forEach(g -> texts.add(g.name()));
        });
        t.columns().forEach(c -> texts.add(c.name()));
        t.tasks().forEach(x -> texts.add(x.name()));
        t.milestones().forEach(m -> texts.add(m.name()));
        t.billOfMaterials().forEach(m -> texts.add(m.name()));
        t.workItems().forEach(w -> texts.add(w.name()));
        t.reminders().forEach(r -> texts.add(r.name()));
        return texts;
    }
}
