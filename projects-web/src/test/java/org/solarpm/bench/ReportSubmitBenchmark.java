package org.solarpm.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Daily-report filing under load: {@code clients} concurrent clients (default 16), each on its own
 * 50 MWp project, PUT a full report and submit it, day after day from 399 days ago, over loopback against a
 * running SolarPM (the dev server), until {@code count} submissions (default 3,000) or
 * {@code seconds} (default 60) have passed. Prints sustained submissions per second and the
 * client-side latency of PUT and submit (median, p95). Not a test.
 * <pre>
 * SOLARPM_HTTP_PORT=8481 SOLARPM_EMBEDDED_DB_PORT=3481 ./mvnw -q -Prun -DskipTests verify   # in another shell
 * ./mvnw -q -Pbench -DskipTests verify -Dbench=ReportSubmitBenchmark   # -Dbase=http://127.0.0.1:8481 by default
 * </pre>
 */
public final class ReportSubmitBenchmark {

    private ReportSubmitBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("base", "http://127.0.0.1:" + System.getenv().getOrDefault("SOLARPM_HTTP_PORT", "8481"));
        int clients = Integer.getInteger("clients", 16);
        int count = Integer.getInteger("count", 3000);
        int seconds = Integer.getInteger("seconds", 60);
        int warmup = Integer.getInteger("warmup", 10);
        BenchClient pm = new BenchClient(base, "pm");
        long pmId = pm.get("/api/v1/me").getJsonNumber("id").longValue();
        long branch;
        try (var reader = Json.createReader(new java.io.StringReader(BenchClient.check(pm.send("GET", "/api/v1/branches", null, null)).body()))) {
            branch = reader.readArray().getJsonObject(0).getJsonNumber("id").longValue();
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<long[]> projects = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String code = "BENCH-DR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            JsonObject p = pm.post("/api/v1/projects", Json.createObjectBuilder().add("templateCode", "ground-mounted").add("code", code)
                    .add("name", "日报压测 " + code).add("customer", "Bench").add("site", Json.createObjectBuilder().add("address", "宁夏"))
                    .add("capacityKwp", 50000).add("plannedStart", today.minusDays(400).toString()).add("branchId", branch)
                    .add("managerId", pmId).build().toString());
            long id = p.getJsonNumber("id").longValue();
            JsonObject items = pm.get("/api/v1/projects/" + id + "/work-items");
            long pile = items.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
            long kwp = items.getJsonArray("items").stream().map(v -> v.asJsonObject()).filter(w -> w.getString("unit").equals("kWp"))
                    .findFirst().orElseThrow().getJsonNumber("id").longValue();
            projects.add(new long[] {id, pile, kwp});
        }
        AtomicInteger remaining = new AtomicInteger(count + clients * warmup);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Double> puts = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Double> submits = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger measured = new AtomicInteger();
        long[] window = new long[2];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long[] project = projects.get(c);
            futures.add(pool.submit(() -> {
                int done = 0;
                for (int back = 0; back < 400 && remaining.getAndDecrement() > 0 && System.nanoTime() < deadline; back++) {
                    // forward in time, as sites file: each report is the project's latest, so no later day's rollup changes
                    String path = "/api/v1/projects/" + project[0] + "/daily-reports/" + today.minusDays(399 - back);
                    byte[] body = body(project[1], project[2], back).getBytes(StandardCharsets.UTF_8);
                    long t0 = System.nanoTime();
                    BenchClient.check(pm.send("PUT", path, body, "application/json"));
                    long t1 = System.nanoTime();
                    HttpResponse<String> s = BenchClient.check(pm.send("POST", path + "/submit", "{}".getBytes(StandardCharsets.UTF_8),
                            "application/json"));
                    long t2 = System.nanoTime();
                    if (!s.body().contains("\"SUBMITTED\"")) {
                        throw new IllegalStateException("not submitted: " + s.body());
                    }
                    if (++done > warmup) {
                        synchronized (window) {
                            window[0] = window[0] == 0 ? t0 : Math.min(window[0], t0);
                            window[1] = Math.max(window[1], t2);
                        }
                        puts.add((t1 - t0) / 1e6);
                        submits.add((t2 - t1) / 1e6);
                        measured.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double elapsed = (window[1] - window[0]) / 1e9;
        double[] p = puts.stream().mapToDouble(Double::doubleValue).toArray();
        double[] s = submits.stream().mapToDouble(Double::doubleValue).toArray();
        System.out.printf("%d clients, %d measured PUT+submit pairs (%d warm-up pairs per client not counted) in %.1f s%n",
                clients, measured.get(), warmup, elapsed);
        System.out.printf("sustained: %.0f submissions/s (each a PUT of a full report and a submit)%n", measured.get() / elapsed);
        Results.value("reports filed/s with " + clients + " clients (PUT + submit)", measured.get() / elapsed, "/s");
        System.out.println(Stats.summary("PUT daily report (client, ms)", p, "ms"));
        System.out.println(Stats.summary("POST submit (client, ms)", s, "ms"));
    }

    private static String body(long pile, long kwp, int back) {
        return "{\"weather\":{\"condition\":\"SUNNY\",\"minTempC\":8,\"maxTempC\":19,\"windLevel\":3,\"workableHours\":9.5},"
                + "\"manpower\":[{\"trade\":\"INSTALLER\",\"company\":\"华东安装队\",\"headcount\":24,\"hours\":216},"
                + "{\"trade\":\"PILING\",\"company\":\"桩基队\",\"headcount\":12,\"hours\":108}],"
                + "\"equipment\":[{\"type\":\"PILE_DRIVER\",\"count\":2,\"operatingHours\":14,\"idleHours\":2}],"
                + "\"quantities\":[{\"workItemId\":" + pile + ",\"quantity\":" + (50 + back % 7) + "},{\"workItemId\":" + kwp
                + ",\"quantity\":" + (30 + back % 5) + "}],"
                + "\"safety\":{\"toolboxTalk\":true,\"nearMisses\":0,\"incidents\":[]},"
                + "\"delays\":[{\"cause\":\"WEATHER\",\"hoursLost\":1,\"description\":\"阵雨\"}],"
                + "\"tomorrowPlan\":\"继续打桩\"}";
    }
}
