package org.solarpm.template.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.solarpm.template.build.TemplateSchemaCheck.Finding;
import org.solarpm.template.build.TemplateSchemaCheck.TemplateCheckFailedException;

/**
 * Runs the build-time check on the shipped templates and on broken copies of ci-rooftop written
 * with one field per line, so that the reported line can be asserted exactly.
 */
class TemplateSchemaCheckTest {

    private static final Path TEMPLATES = Path.of("src/main/templates");
    private static final Path SCHEMA = Path.of("src/main/schema/project-template.schema.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void shouldAcceptTheShippedTemplates() throws IOException {
        assertThat(TemplateSchemaCheck.check(TEMPLATES, SCHEMA)).isEmpty();
    }

    @Test
    void shouldRejectMissingRequiredFieldNamingFileFieldAndLine() throws IOException {
        String json = brokenCopy(t -> milestone(t, 0).remove("offsetDays"));

        Finding finding = single();

        assertThat(finding.file()).endsWith("ci-rooftop.json");
        assertThat(finding.pointer()).isEqualTo("/milestones/0/offsetDays");
        assertThat(finding.message()).contains("required property 'offsetDays' not found");
        // reported on the line of the milestone object that lacks the field
        assertThat(finding.line()).isEqualTo(lineOf(json, "\"milestones\" : [") + 1);
    }

    @Test
    void shouldRejectValueOfWrongType() throws IOException {
        String json = brokenCopy(t -> task(t, 3).put("durationDays", "seven"));

        Finding finding = single();

        assertThat(finding.pointer()).isEqualTo("/tasks/3/durationDays");
        assertThat(finding.message()).contains("string found, integer expected").contains("\"seven\"");
        assertThat(finding.line()).isEqualTo(lineOf(json, "\"durationDays\" : \"seven\""));
    }

    @Test
    void shouldRejectTaskWithUnknownStage() throws IOException {
        String json = brokenCopy(t -> task(t, 5).put("stage", "TENDERING"));

        Finding finding = single();

        assertThat(finding.pointer()).isEqualTo("/tasks/5/stage");
        assertThat(finding.message()).contains("does not have a value in the enumeration").contains("TENDERING");
        assertThat(finding.line()).isEqualTo(lineOf(json, "\"stage\" : \"TENDERING\""));
        assertThat(finding.toString()).endsWith("ci-rooftop.json:" + finding.line() + ": /tasks/5/stage: " + finding.message());
    }

    @Test
    void shouldRejectMisspelledFieldOnItsOwnLine() throws IOException {
        String json = brokenCopy(t -> task(t, 0).set("dueOffsetDay", task(t, 0).remove("dueOffsetDays")));

        List<Finding> findings = TemplateSchemaCheck.check(dir, SCHEMA);

        assertThat(findings).extracting(Finding::pointer)
                .containsExactlyInAnyOrder("/tasks/0/dueOffsetDays", "/tasks/0/dueOffsetDay");
        assertThat(findings).filteredOn(f -> f.pointer().equals("/tasks/0/dueOffsetDay"))
                .singleElement().satisfies(f -> assertThat(f.line()).isEqualTo(lineOf(json, "\"dueOffsetDay\" :")));
    }

    @Test
    void shouldRejectNegativeOffsetAndNullableWipLimitOfZero() throws IOException {
        brokenCopy(t -> {
            milestone(t, 2).put("offsetDays", -3);
            ((ObjectNode) t.withArray("/columns").get(1)).put("wipLimit", 0);
        });

        assertThat(TemplateSchemaCheck.check(dir, SCHEMA)).extracting(Finding::pointer)
                .containsExactlyInAnyOrder("/columns/1/wipLimit", "/milestones/2/offsetDays");
    }

    @Test
    void shouldRejectDuplicateTaskCodeWithTheLineOfTheDuplicate() throws IOException {
        String json = brokenCopy(t -> task(t, 7).put("code", "ROOF_SURVEY"));

        Finding finding = single();

        assertThat(finding.pointer()).isEqualTo("/tasks/7/code");
        assertThat(finding.message()).isEqualTo("duplicate task code 'ROOF_SURVEY', already used at /tasks/0");
        assertThat(finding.line()).isEqualTo(lineOf(json, "\"code\" : \"ROOF_SURVEY\"", 2));
    }

    @Test
    void shouldRejectTaskStartingBeforePlannedStart() throws IOException {
        brokenCopy(t -> task(t, 0).put("dueOffsetDays", 2).put("durationDays", 5));

        assertThat(single()).satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/tasks/0/durationDays");
            assertThat(f.message()).contains("would start on day -2, before the planned start");
        });
    }

    @Test
    void shouldRejectWorkItemWeightsNotAddingUpTo100() throws IOException {
        brokenCopy(t -> ((ObjectNode) t.withArray("/workItems").get(0)).put("weight", 11));

        assertThat(single().message()).isEqualTo("weights must add up to 100, found 99");
    }

    @Test
    void shouldRejectCodeThatDiffersFromFileName() throws IOException {
        brokenCopy(t -> t.put("code", "ci-roof"));

        assertThat(single()).satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/code");
            assertThat(f.message()).isEqualTo("must equal the file name 'ci-rooftop', found 'ci-roof'");
        });
    }

    @Test
    void shouldReportMalformedJsonWithItsLine() throws IOException {
        Files.writeString(dir.resolve("bad.json"), "{\n  \"code\": \"bad\",\n  \"version\": 1,,\n}\n");

        assertThat(single()).satisfies(f -> {
            assertThat(f.file()).endsWith("bad.json");
            assertThat(f.line()).isEqualTo(3);
            assertThat(f.message()).startsWith("not valid JSON");
        });
    }

    @Test
    void shouldReportDuplicateKeys() throws IOException {
        Files.writeString(dir.resolve("dup.json"), "{\n  \"code\": \"dup\",\n  \"code\": \"dup\"\n}\n");

        assertThat(single().message()).contains("Duplicate field 'code'");
    }

    @Test
    void shouldFailTheBuildWithEveryProblemAndWriteNoIndex() throws IOException {
        brokenCopy(t -> {
            task(t, 5).put("stage", "TENDERING");
            milestone(t, 0).remove("key");
        });
        Path index = dir.resolve("out/index.txt");

        assertThatThrownBy(() -> TemplateSchemaCheck.main(new String[] {dir.toString(), SCHEMA.toString(), index.toString()}))
                .isInstanceOf(TemplateCheckFailedException.class)
                .hasMessageStartingWith("Project template check failed: 2 problem(s) in 1 file(s)")
                .hasMessageContaining("ci-rooftop.json:")
                .hasMessageContaining(": /tasks/5/stage: does not have a value in the enumeration")
                .hasMessageContaining(": /milestones/0/key: required property 'key' not found");
        assertThat(index).doesNotExist();
    }

    @Test
    void shouldWriteTheIndexOfValidTemplates() throws IOException {
        for (String code : List.of("ground-mounted", "ci-rooftop")) {
            Files.copy(TEMPLATES.resolve(code + ".json"), dir.resolve(code + ".json"));
        }
        Path index = dir.resolve("out/solarpm-templates/index.txt");

        TemplateSchemaCheck.main(new String[] {dir.toString(), SCHEMA.toString(), index.toString()});

        assertThat(Files.readAllLines(index)).filteredOn(l -> !l.startsWith("#"))
                .containsExactly("ci-rooftop", "ground-mounted");
    }

    @Test
    void shouldRejectAnEmptyTemplateFolder() throws IOException {
        assertThat(single().message()).isEqualTo("no *.json project templates found");
    }

    /** Writes ci-rooftop, changed, one field per line; returns the written text. */
    private String brokenCopy(Consumer<ObjectNode> change) throws IOException {
        ObjectNode template = (ObjectNode) MAPPER.readTree(TEMPLATES.resolve("ci-rooftop.json").toFile());
        change.accept(template);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        String json = MAPPER.writer(printer).writeValueAsString(template).replace("\r\n", "\n");
        Files.writeString(dir.resolve("ci-rooftop.json"), json);
        return json;
    }

    private Finding single() throws IOException {
        List<Finding> findings = TemplateSchemaCheck.check(dir, SCHEMA);
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    private static ObjectNode task(ObjectNode template, int index) {
        return (ObjectNode) ((ArrayNode) template.get("tasks")).get(index);
    }

    private static ObjectNode milestone(ObjectNode template, int index) {
        return (ObjectNode) ((ArrayNode) template.get("milestones")).get(index);
    }

    private static int lineOf(String text, String needle) {
        return lineOf(text, needle, 1);
    }

    /** 1-based line of the {@code occurrence}-th line containing {@code needle}. */
    private static int lineOf(String text, String needle, int occurrence) {
        String[] lines = text.split("\n", -1);
        int seen = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle) && ++seen == occurrence) {
                return i + 1;
            }
        }
        throw new AssertionError("'" + needle + "' occurs fewer than " + occurrence + " times");
    }
}
