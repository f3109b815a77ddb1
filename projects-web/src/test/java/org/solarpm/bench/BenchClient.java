package org.solarpm.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/** HTTP access to a running SolarPM (the dev server) for the procurement benchmarks, and percentiles. */
final class BenchClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final String baseUrl;
    final String token;

    BenchClient(String baseUrl, String username) throws Exception {
        this.baseUrl = baseUrl;
        String body = Json.createObjectBuilder().add("username", username).add("password", "solarpm").build().toString();
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/session"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("sign-in failed: " + r.statusCode() + " " + r.body());
        }
        this.token = json(r.body()).getString("token");
    }

    HttpResponse<String> send(String method, String path, byte[] body, String contentType) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token).header("Accept-Language", "en")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonObject get(String path) throws Exception {
        return json(check(send("GET", path, null, null)).body());
    }

    JsonObject post(String path, String json) throws Exception {
        return json(check(send("POST", path, json.getBytes(StandardCharsets.UTF_8), "application/json")).body());
    }

    static HttpResponse<String> check(HttpResponse<String> r) {
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
        return r;
    }

    static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    static double percentile(double[] samples, double p) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static String summary(String name, double[] samples, String unit) {
        Results.samples(name, samples, unit);
        return String.format("%-44s n=%-5d median %.2f %s  p95 %.2f %s  min %.2f  max %.2f", name, samples.length,
                percentile(samples, 50), unit, percentile(samples, 95), unit,
                Arrays.stream(samples).min().orElse(0), Arrays.stream(samples).max().orElse(0));
    }
}
