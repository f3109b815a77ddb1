package org.solarpm.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver: signs in and creates N 100 MWp ground-mounted projects (312 cards each) one after the
 * other over loopback, then prints median and p95 of the client-side latency. Not a test.
 *
 * <pre>java -cp target/test-classes org.solarpm.bench.CreateProjectBenchmark http://127.0.0.1:8282 30 pm solarpm</pre>
 */
public final class CreateProjectBenchmark {

    private CreateProjectBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8282";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        String user = args.length > 2 ? args[2] : "pm";
        String password = args.length > 3 ? args[3] : "solarpm";
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = field(send(http, base + "/api/v1/session", null,
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}", 200), "token");
        String me = send(http, base + "/api/v1/me", token, null, 200);
        String branches = send(http, base + "/api/v1/branches", token, null, 200);
        String managerId = number(me, "id");
        String branchId = number(branches, "id");
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < n + 3; i++) {
            String code = "BENCH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            String body = "{\"templateCode\":\"ground-mounted\",\"code\":\"" + code + "\",\"name\":\"Benchmark 100 MWp\","
                    + "\"customer\":\"Bench\",\"site\":{\"address\":\"Ningxia\"},\"capacityKwp\":100000,"
                    + "\"plannedStart\":\"2026-04-01\",\"plannedCod\":\"2027-03-31\",\"branchId\":" + branchId
                    + ",\"managerId\":" + managerId + "}";
            long t0 = System.nanoTime();
            send(http, base + "/api/v1/projects", token, body, 201);
            double ms = (System.nanoTime() - t0) / 1e6;
            if (i >= 3) {
                millis.add(ms);
            }
        }
        Collections.sort(millis);
        System.out.printf("created %d projects of 100 MWp (312 cards each), 3 warm-up requests not counted%n", n);
        System.out.printf("client-side over loopback: median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms%n",
                percentile(millis, 50), percentile(millis, 95), millis.get(0), millis.get(millis.size() - 1));
    }

    static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static String send(HttpClient http, String url, String token, String json, int expected) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(url + " -> " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    private static String number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
