package org.solarpm.template;

/**
 * A rule a template breaks.
 *
 * @param pointer JSON pointer (RFC 6901) of the offending field, e.g. {@code /tasks/12/stage}
 * @param message what is wrong, in English, for the template author
 */
public record TemplateProblem(String pointer, String message) {

    @Override
    public String toString() {
        return pointer + ": " + message;
    }
}
