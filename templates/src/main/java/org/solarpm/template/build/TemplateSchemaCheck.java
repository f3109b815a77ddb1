package org.solarpm.template.build;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import jakarta.json.bind.JsonbException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.solarpm.template.ProjectTemplate;
import org.solarpm.template.TemplateJson;
import org.solarpm.template.TemplateProblem;
import org.solarpm.template.TemplateRules;

/**
 * Checks the template files of the build: JSON syntax, the JSON Schema, JSON-B binding and the
 * semantic {@link TemplateRules}, then writes the classpath index. Any problem fails the build with
 * one line per problem: {@code file:line: /json/pointer: message}.
 *
 * <p>Usage: {@code TemplateSchemaCheck <templatesDir> <schemaFile> [<indexFile>]}. Throws instead of
 * calling {@code System.exit}, because {@code exec:java} runs it inside the Maven JVM.
 */
public final class TemplateSchemaCheck {

    private static final Comparator<Finding> BY_FILE_AND_LINE =
            Comparator.comparing(Finding::file).thenComparingInt(Finding::line).thenComparing(Finding::pointer);

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private final Schema schema;

    private TemplateSchemaCheck(Path schemaFile) throws IOException {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.ENGLISH)
                .formatAssertionsEnabled(true)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config));
        this.schema = registry.getSchema(mapper.readTree(schemaFile.toFile()));
    }

    /** A problem in a template file; {@code line} is 0 when unknown. */
    public record Finding(String file, int line, String pointer, String message) {

        @Override
        public String toString() {
            String where = line > 0 ? file + ":" + line : file;
            return where + ": " + (pointer.isEmpty() ? "(document)" : pointer) + ": " + message;
        }
    }

    /** Thrown by {@link #main} when a template is broken; the message lists every finding. */
    public static final class TemplateCheckFailedException extends RuntimeException {

        private final List<Finding> findings;

        TemplateCheckFailedException(List<Finding> findings) {
            super(report(findings));
            this.findings = List.copyOf(findings);
        }

        public List<Finding> findings() {
            return findings;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            throw new IllegalArgumentException("usage: TemplateSchemaCheck <templatesDir> <schemaFile> [<indexFile>]");
        }
        Path templatesDir = Path.of(args[0]);
        List<Finding> findings = check(templatesDir, Path.of(args[1]));
        if (!findings.isEmpty()) {
            throw new TemplateCheckFailedException(findings);
        }
        List<String> codes = codesIn(templatesDir);
        if (args.length == 3) {
            writeIndex(Path.of(args[2]), codes);
        }
        System.out.println("[solarpm-templates] " + codes.size() + " project templates valid: " + codes);
    }

    /** Every problem of every {@code *.json} file in the folder; empty when all are valid. */
    public static List<Finding> check(Path templatesDir, Path schemaFile) throws IOException {
        TemplateSchemaCheck check = new TemplateSchemaCheck(schemaFile);
        List<Path> files = templateFiles(templatesDir);
        if (files.isEmpty()) {
            return List.of(new Finding(display(templatesDir), 0, "", "no *.json project templates found"));
        }
        List<Finding> findings = new ArrayList<>();
        for (Path file : files) {
            findings.addAll(check.checkFile(file));
        }
        return findings;
    }

    List<Finding> checkFile(Path file) throws IOException {
        String name = display(file);
        byte[] bytes = Files.readAllBytes(file);
        JsonLineIndex lines;
        JsonNode tree;
        try {
            lines = JsonLineIndex.of(bytes, mapper.getFactory());
            tree = mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            return List.of(new Finding(name, line, "", "not valid JSON: " + e.getOriginalMessage()));
        }
        List<Finding> findings = schemaFindings(name, tree, lines);
        if (findings.isEmpty()) {
            findings = ruleFindings(file, name, bytes, lines);
        }
        return findings.stream().distinct().sorted(BY_FILE_AND_LINE).toList();
    }

    private List<Finding> schemaFindings(String name, JsonNode tree, JsonLineIndex lines) {
        List<Finding> findings = new ArrayList<>();
        for (Error error : schema.validate(tree)) {
            String pointer = pointerOf(error);
            findings.add(new Finding(name, lines.lineOf(pointer), pointer, messageOf(error)));
        }
        return findings;
    }

    private List<Finding> ruleFindings(Path file, String name, byte[] bytes, JsonLineIndex lines) {
        ProjectTemplate template;
        try {
            template = TemplateJson.bind(new ByteArrayInputStream(bytes));
        } catch (JsonbException e) {
            return List.of(new Finding(name, 0, "", "JSON-B cannot bind the template: " + e.getMessage()));
        }
        List<Finding> findings = new ArrayList<>();
        for (TemplateProblem problem : TemplateRules.check(template)) {
            findings.add(new Finding(name, lines.lineOf(problem.pointer()), problem.pointer(), problem.message()));
        }
        String expectedCode = file.getFileName().toString().replaceFirst("\\.json$", "");
        if (!expectedCode.equals(template.code())) {
            findings.add(new Finding(name, lines.lineOf("/code"), "/code",
                    "must equal the file name '" + expectedCode + "', found '" + template.code() + "'"));
        }
        return findings;
    }

    /** The pointer of the offending field; for a missing or unexpected property, the property itself. */
    private static String pointerOf(Error error) {
        String pointer = error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString();
        if ("/".equals(pointer)) {
            pointer = "";
        }
        String keyword = error.getKeyword();
        boolean namesProperty = "required".equals(keyword) || "additionalProperties".equals(keyword)
                || "unevaluatedProperties".equals(keyword);
        if (namesProperty && error.getProperty() != null) {
            pointer = pointer + "/" + JsonLineIndex.escape(error.getProperty());
        }
        return pointer;
    }

    private static String messageOf(Error error) {
        String message = String.valueOf(error.getMessage());
        String location = error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString();
        if (!location.isEmpty() && message.startsWith(location + ": ")) {
            message = message.substring(location.length() + 2);
        }
        JsonNode value = error.getInstanceNode();
        boolean namesProperty = error.getProperty() != null;
        if (value != null && value.isValueNode() && !namesProperty) {
            message = message + ", found " + value;
        }
        return message + " [" + error.getKeyword() + "]";
    }

    private static List<Path> templateFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    private static List<String> codesIn(Path dir) throws IOException {
        return templateFiles(dir).stream()
                .map(f -> f.getFileName().toString().replaceFirst("\\.json$", ""))
                .toList();
    }

    private static void writeIndex(Path indexFile, List<String> codes) {
        String text = "# Project template codes, written by TemplateSchemaCheck at build time. Do not edit.\n"
                + String.join("\n", codes) + "\n";
        try {
            Files.createDirectories(indexFile.toAbsolutePath().getParent());
            Files.writeString(indexFile, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + indexFile, e);
        }
    }

    /** The path relative to the working directory when it lies below it, so IDEs can link it. */
    private static String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
    }

    static String report(List<Finding> findings) {
        long files = findings.stream().map(Finding::file).distinct().count();
        return "Project template check failed: " + findings.size() + " problem(s) in " + files + " file(s)\n"
                + findings.stream().sorted(BY_FILE_AND_LINE).map(f -> "  " + f).collect(Collectors.joining("\n"));
    }
}
