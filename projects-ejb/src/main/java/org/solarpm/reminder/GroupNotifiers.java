package org.solarpm.reminder;

import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** HTTP plumbing shared by the DingTalk and webhook notifiers. */
final class GroupNotifiers {

    /** Looked up once: the static factories of jakarta.json.Json search for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private GroupNotifiers() {
    }

    static NotificationChannel channelOf(EntityManager em, Delivery d) {
        NotificationChannel c = em.find(NotificationChannel.class, d.channelId());
        if (c == null) {
            throw new IllegalStateException("channel " + d.channelId() + " no longer exists");
        }
        return c;
    }

    static String post(String url, String json, String eventKey, String signature) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("X-SolarPM-Event", eventKey)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (signature != null) {
            b.header("X-SolarPM-Signature", signature);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException("HTTP " + r.statusCode() + ": " + abbreviate(r.body()));
        }
        return r.body();
    }

    static JsonObject jsonOrNull(String body) {
        try {
            return JSON.createReader(new StringReader(body)).readObject();
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) : s;
    }
}
