package org.solarpm.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A broken business rule or an unusable request, described by a message key so that the web layer
 * can localise it. The {@link Kind} decides the HTTP status; nothing here knows about HTTP.
 * Thrown from a transactional service it rolls the transaction back: a refused request changes nothing.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

    public enum Kind { INVALID, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, PRECONDITION_FAILED, TOO_LARGE, UNSUPPORTED_MEDIA, THROTTLED,
        /** Well-formed but refused by a business rule (422), e.g. a quantity beyond the design quantity without a note. */
        UNPROCESSABLE }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] args;
    private final List<FieldError> fieldErrors;
    private final List<String> details;

    public DomainException(Kind kind, String messageKey, Object... args) {
        this(kind, messageKey, List.of(), List.of(), args);
    }

    public DomainException(Kind kind, String messageKey, List<FieldError> fieldErrors, List<String> details, Object... args) {
        super(messageKey);
        this.kind = kind;
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args.clone();
        this.fieldErrors = List.copyOf(fieldErrors);
        this.details = List.copyOf(details);
    }

    public static DomainException notFound(String what) {
        return new DomainException(Kind.NOT_FOUND, "error.notFound", what);
    }

    public static DomainException invalid(String field, String messageKey, Object... args) {
        return new DomainException(Kind.INVALID, "error.validation",
                List.of(new FieldError(field, messageKey, args)), List.of());
    }

    public static DomainException conflict(String messageKey, Object... args) {
        return new DomainException(Kind.CONFLICT, messageKey, args);
    }

    public static DomainException forbidden() {
        return new DomainException(Kind.FORBIDDEN, "error.forbidden");
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** Extra machine-readable lines, e.g. the codes of unmet stage-gate items. */
    public List<String> details() {
        return details;
    }

    /** One invalid field with a message key (and its arguments) from {@code Messages}. */
    public record FieldError(String field, String messageKey, Object... args) {
    }
}
