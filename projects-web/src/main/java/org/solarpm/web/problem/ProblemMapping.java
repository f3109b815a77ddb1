package org.solarpm.web.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.solarpm.shared.DomainException;
import org.solarpm.shared.Messages;

/** Turns any throwable into the right problem response. The one place where errors get their status. */
public final class ProblemMapping {

    private static final Logger LOG = Logger.getLogger(ProblemMapping.class.getName());
    private static final Pattern TEMPLATE_KEY = Pattern.compile("^\\{([A-Za-z0-9_.]+)}$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private ProblemMapping() {
    }

    public static Response toResponse(Throwable error, Locale locale) {
        return toResponse(error, locale, "");
    }

    public static Response toResponse(Throwable error, Locale locale, String contentType) {
        Throwable t = unwrap(error);
        if (t instanceof DomainException d) {
            return domain(d, locale);
        }
        if (t instanceof ConstraintViolationException cve) {
            return violations(cve, locale);
        }
        if (t instanceof OptimisticLockException) {
            return Problem.response(409, "conflict", locale, Messages.get(locale, "error.staleVersion"));
        }
        if (t instanceof JsonbException || t instanceof JsonParsingException) {
            return Problem.response(400, "malformed-json", locale, Messages.get(locale, "error.malformedJson"));
        }
        if (t instanceof WebApplicationException wae) {
            return web(wae, locale, contentType == null ? "" : contentType);
        }
        String id = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unhandled error " + id, error);
        return Problem.response(500, "internal", locale, Messages.get(locale, "error.internal", id));
    }

    /** Looks through EJB and transaction wrappers for the exception that says what went wrong. */
    static Throwable unwrap(Throwable error) {
        Throwable t = error;
        for (int depth = 0; t != null && depth < 12; depth++) {
            if (t instanceof DomainException || t instanceof ConstraintViolationException || t instanceof OptimisticLockException
                    || t instanceof JsonbException || t instanceof JsonParsingException) {
                return t;
            }
            t = t.getCause();
        }
        if (error instanceof WebApplicationException wae && wae.getResponse() != null && wae.getResponse().getStatus() == 400) {
            Throwable inner = wae.getCause();
            while (inner != null) {
                if (inner instanceof JsonbException || inner instanceof JsonParsingException) {
                    return inner;
                }
                inner = inner.getCause();
            }
        }
        return error;
    }

    private static Response domain(DomainException d, Locale locale) {
        String detail = Messages.get(locale, d.messageKey(), d.args());
        List<Problem.FieldMessage> errors = d.fieldErrors().stream()
                .map(f -> new Problem.FieldMessage(f.field(), Messages.get(locale, f.messageKey(), f.args())))
                .toList();
        if (d.kind() == DomainException.Kind.INVALID && errors.size() == 1) {
            detail = errors.get(0).field() + ": " + errors.get(0).message();
        }
        Response r = switch (d.kind()) {
            case INVALID -> Problem.response(400, "validation", locale, detail, errors, d.details());
            case UNAUTHENTICATED -> Problem.response(401, "unauthenticated", locale, detail);
            case FORBIDDEN -> Problem.response(403, "forbidden", locale, detail);
            case NOT_FOUND -> Problem.response(404, "not-found", locale, detail);
            case CONFLICT -> Problem.response(409, "conflict", locale, detail, errors, d.details());
            case PRECONDITION_FAILED -> Problem.response(412, "precondition-failed", locale, detail);
            case TOO_LARGE -> Problem.response(413, "too-large", locale, detail);
            case UNSUPPORTED_MEDIA -> Problem.response(415, "unsupported-media-type", locale, detail);
            case THROTTLED -> Problem.response(429, "throttled", locale, detail);
            case UNPROCESSABLE -> Problem.response(422, "unprocessable", locale, detail, errors, d.details());
        };
        return r;
    }

    private static Response violations(ConstraintViolationException cve, Locale locale) {
        List<Problem.FieldMessage> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : cve.getConstraintViolations()) {
            errors.add(new Problem.FieldMessage(field(v.getPropertyPath()), message(v, locale)));
        }
        errors.sort(Comparator.comparing(Problem.FieldMessage::field));
        String detail = errors.isEmpty() ? Messages.get(locale, "error.validation")
                : errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("");
        return Problem.response(400, "validation", locale, detail, errors, List.of());
    }

    /** "create.request.capacityKwp" becomes "capacityKwp"; a whole missing body becomes "body". */
    static String field(Path path) {
        String last = null;
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getName() != null) {
                names.add(node.getName());
            }
            last = node.getName();
        }
        if (names.size() >= 3) {
            return String.join(".", names.subList(2, names.size()));
        }
        if (names.size() == 2) {
            return "body";
        }
        return last == null ? "body" : last;
    }

    static String message(ConstraintViolation<?> v, Locale locale) {
        String template = v.getMessageTemplate();
        Matcher m = TEMPLATE_KEY.matcher(template == null ? "" : template);
        if (!m.matches()) {
            return v.getMessage();
        }
        String localized = Messages.get(locale, m.group(1));
        if (localized.equals(m.group(1))) {
            return v.getMessage();
        }
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        Matcher p = PLACEHOLDER.matcher(localized);
        StringBuilder sb = new StringBuilder();
        while (p.find()) {
            Object value = attributes.get(p.group(1));
            p.appendReplacement(sb, Matcher.quoteReplacement(value == null ? p.group() : String.valueOf(value)));
        }
        p.appendTail(sb);
        return sb.toString();
    }

    private static Response web(WebApplicationException wae, Locale locale, String contentType) {
        Response original = wae.getResponse();
        int status = original == null ? 500 : original.getStatus();
        Response r;
        if (wae instanceof NotFoundException || status == 404) {
            r = Problem.response(404, "not-found", locale, Messages.get(locale, "error.notFound.path"));
        } else if (wae instanceof NotAllowedException || status == 405) {
            r = Problem.response(405, "method-not-allowed", locale, Messages.get(locale, "error.methodNotAllowed", ""));
            return Response.fromResponse(r).allow(original.getAllowedMethods()).build();
        } else if (wae instanceof NotSupportedException || status == 415) {
            r = Problem.response(415, "unsupported-media-type", locale, Messages.get(locale, "error.unsupportedMediaType", contentType));
        } else if (wae instanceof NotAcceptableException || status == 406) {
            r = Problem.response(406, "not-acceptable", locale, Messages.get(locale, "error.notAcceptable"));
        } else if (wae instanceof NotAuthorizedException || status == 401) {
            r = Problem.response(401, "unauthenticated", locale, Messages.get(locale, "error.unauthenticated"));
        } else if (status == 413) {
            r = Problem.response(413, "too-large", locale, Messages.get(locale, "error.tooLarge",
                    BodySizeLimitFilter.human(BodySizeLimitFilter.JSON_LIMIT)));
        } else if (status >= 400 && status < 500) {
            r = Problem.response(status, "bad-request", locale, Messages.get(locale, "error.badRequest"));
        } else {
            String id = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "Unhandled web error " + id, wae);
            r = Problem.response(500, "internal", locale, Messages.get(locale, "error.internal", id));
        }
        return r;
    }
}
