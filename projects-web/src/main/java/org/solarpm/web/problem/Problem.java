package org.solarpm.web.problem;

import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.solarpm.shared.Messages;

/** Builds RFC 9457 problem documents. */
public final class Problem {

    /** Looked up once: the static factories of jakarta.json.Json search for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8");

    /** One invalid input field. */
    public record FieldMessage(String field, String message) {
    }

    private Problem() {
    }

    public static JsonObject body(int status, String slug, Locale locale, String detail, List<FieldMessage> errors, List<String> details) {
        JsonObjectBuilder b = JSON.createObjectBuilder()
                .add("type", "urn:solarpm:problem:" + slug)
                .add("title", Messages.get(locale, "title." + slug))
                .add("status", status)
                .add("detail", detail);
        if (errors != null && !errors.isEmpty()) {
            JsonArrayBuilder a = JSON.createArrayBuilder();
            errors.forEach(e -> a.add(JSON.createObjectBuilder().add("field", e.field()).add("message", e.message())));
            b.add("errors", a);
        }
        if (details != null && !details.isEmpty()) {
            JsonArrayBuilder a = JSON.createArrayBuilder();
            details.forEach(a::add);
            b.add("details", a);
        }
        return b.build();
    }

    public static Response response(int status, String slug, Locale locale, String detail) {
        return response(status, slug, locale, detail, List.of(), List.of());
    }

    public static Response response(int status, String slug, Locale locale, String detail, List<FieldMessage> errors, List<String> details) {
        return Response.status(status).type(PROBLEM_JSON)
                .header("Content-Language", Messages.tag(locale))
                .entity(body(status, slug, locale, detail, errors, details).toString())
                .build();
    }
}
