package org.solarpm.template;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.InputStream;
import java.util.List;

/** Reads template JSON into the model with JSON-B (Yasson on Payara). */
public final class TemplateJson {

    private TemplateJson() {
    }

    /**
     * Binds a template file without checking the template rules.
     *
     * @throws JsonbException when the JSON is malformed or a value has the wrong type
     */
    public static ProjectTemplate bind(InputStream json) {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            ProjectTemplate template = jsonb.fromJson(json, ProjectTemplate.class);
            if (template == null) {
                throw new JsonbException("empty document");
            }
            return template;
        } catch (JsonbException e) {
            throw e;
        } catch (Exception e) {
            throw new JsonbException("cannot read template: " + e.getMessage(), e);
        }
    }

    /**
     * Binds a template file and checks the template rules.
     *
     * @param source a name for messages, e.g. the resource path
     * @throws InvalidTemplateException when the file cannot be bound or breaks a rule
     */
    public static ProjectTemplate read(InputStream json, String source) {
        ProjectTemplate template;
        try {
            template = bind(json);
        } catch (JsonbException e) {
            throw new InvalidTemplateException(source, String.valueOf(e.getMessage()), e);
        }
        List<TemplateProblem> problems = TemplateRules.check(template);
        if (!problems.isEmpty()) {
            throw new InvalidTemplateException(source, problems);
        }
        return template;
    }
}
