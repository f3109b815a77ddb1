package org.solarpm.template;

import java.util.List;
import java.util.stream.Collectors;

/** A template file that cannot be read or breaks the template rules. */
public class InvalidTemplateException extends RuntimeException {

    private final String source;
    private final List<TemplateProblem> problems;

    public InvalidTemplateException(String source, List<TemplateProblem> problems) {
        super(source + " is not a valid project template:\n" + problems.stream()
                .map(p -> "  " + source + ": " + p)
                .collect(Collectors.joining("\n")));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public InvalidTemplateException(String source, String message, Throwable cause) {
        super(source + " is not a valid project template: " + message, cause);
        this.source = source;
        this.problems = List.of(new TemplateProblem("", message));
    }

    public String source() {
        return source;
    }

    public List<TemplateProblem> problems() {
        return problems;
    }
}
