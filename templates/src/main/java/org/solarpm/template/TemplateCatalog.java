package org.solarpm.template;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The project templates available to the application, loaded once from the classpath: the codes
 * listed in {@value #INDEX}, each read from {@code solarpm-templates/<code>.json} and checked with
 * {@link TemplateRules}. Immutable and thread-safe; the application keeps one instance.
 */
public final class TemplateCatalog {

    /** Classpath folder of the template files. */
    public static final String LOCATION = "solarpm-templates/";
    /** Classpath index listing one template code per line (written by the build). */
    public static final String INDEX = LOCATION + "index.txt";

    private final Map<String, ProjectTemplate> byCode;

    private TemplateCatalog(Map<String, ProjectTemplate> byCode) {
        this.byCode = byCode;
    }

    /** Loads the templates shipped with this module. */
    public static TemplateCatalog load() {
        return load(TemplateCatalog.class.getClassLoader());
    }

    /**
     * Loads every template listed in the index visible to a class loader.
     *
     * @throws IllegalStateException    when the index or a listed file is missing
     * @throws InvalidTemplateException when a template cannot be read or breaks a rule
     */
    public static TemplateCatalog load(ClassLoader classLoader) {
        Map<String, ProjectTemplate> templates = new LinkedHashMap<>();
        for (String code : readIndex(classLoader)) {
            String path = LOCATION + code + ".json";
            ProjectTemplate template;
            try (InputStream in = classLoader.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException(INDEX + " lists '" + code + "' but " + path + " is not on the classpath");
                }
                template = TemplateJson.read(in, path);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
            if (!code.equals(template.code())) {
                throw new InvalidTemplateException(path, List.of(new TemplateProblem("/code",
                        "must equal the file name '" + code + "', found '" + template.code() + "'")));
            }
            templates.put(code, template);
        }
        return new TemplateCatalog(templates);
    }

    /** A catalog of given templates, e.g. for tests of the code that uses the catalog. */
    public static TemplateCatalog of(Collection<ProjectTemplate> templates) {
        Map<String, ProjectTemplate> byCode = new LinkedHashMap<>();
        for (ProjectTemplate template : templates) {
            if (byCode.putIfAbsent(template.code(), template) != null) {
                throw new IllegalArgumentException("duplicate template code " + template.code());
            }
        }
        return new TemplateCatalog(byCode);
    }

    /** All templates in index order. */
    public List<ProjectTemplate> templates() {
        return List.copyOf(byCode.values());
    }

    public List<String> codes() {
        return List.copyOf(byCode.keySet());
    }

    public Optional<ProjectTemplate> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** @throws NoSuchElementException for an unknown code */
    public ProjectTemplate get(String code) {
        return find(code).orElseThrow(() -> new NoSuchElementException("no project template '" + code
                + "'; available: " + byCode.keySet()));
    }

    public List<ProjectTemplate> ofType(ProjectType type) {
        return byCode.values().stream().filter(t -> t.projectType() == type).toList();
    }

    private static List<String> readIndex(ClassLoader classLoader) {
        InputStream in = classLoader.getResourceAsStream(INDEX);
        if (in == null) {
            throw new IllegalStateException(INDEX + " is not on the classpath; is solarpm-templates a dependency?");
        }
        List<String> codes = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String code = line.strip();
                if (!code.isEmpty() && !code.startsWith("#")) {
                    codes.add(code);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX, e);
        }
        return codes;
    }
}
