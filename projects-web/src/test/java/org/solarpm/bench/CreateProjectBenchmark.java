package org.solarpm.bench;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.util.UUID;

/**
 * Creating a 100 MWp ground-mounted plant from its template ({@code POST /projects}: stages and
 * gate items, 312 board cards, milestones, work items and the material plan in one transaction).
 * Starts its own server unless {@code -Dbase} names one; 5 warm-up creations, then {@code -Druns}
 * (default 30) one after the other. Prints the server-side time ({@code Server-Timing}, the whole
 * transaction including commit) and the client-side time over loopback. Not a test.
 *
 * <pre>./mvnw -q -Pbench -DskipTests verify -Dbench=CreateProjectBenchmark</pre>
 */
public final class CreateProjectBenchmark {

    private CreateProjectBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("runs", 30);
        try (BenchServer app = BenchServer.start("create-project", 3349, 18482)) {
            BenchClient pm = new BenchClient(app.baseUrl(), "pm");
            long managerId = pm.get("/api/v1/me").getJsonNumber("id").longValue();
            long branchId = pm.get("/api/v1/me").getJsonObject("branch").getJsonNumber("id").longValue();
            double[] server = new double[runs];
            double[] client = new double[runs];
            long lastId = -1;
            for (int i = -5; i < runs; i++) {
                String body = Json.createObjectBuilder()
                        .add("templateCode", "ground-mounted")
                        .add("code", "BENCH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase())
                        .add("name", "宁夏中卫 100 MWp 地面电站").add("customer", "Bench")
                        .add("site", Json.createObjectBuilder().add("address", "宁夏中卫市沙坡头区"))
                        .add("capacityKwp", 100000).add("plannedStart", "2027-04-01").add("plannedCod", "2028-03-31")
                        .add("branchId", branchId).add("managerId", managerId).build().toString();
                long t0 = System.nanoTime();
                HttpResponse<String> r = BenchClient.check(pm.send("POST", "/api/v1/projects",
                        body.getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/json"));
                double clientMs = (System.nanoTime() - t0) / 1e6;
                lastId = BenchClient.json(r.body()).getJsonNumber("id").longValue();
                if (i >= 0) {
                    client[i] = clientMs;
                    server[i] = serverTiming(r);
                }
            }
            int cards = pm.get("/api/v1/projects/" + lastId + "/board").getJsonArray("columns").stream()
                    .mapToInt(c -> c.asJsonObject().getJsonArray("cards").size()).sum();
            System.out.printf("%d creations of a 100 MWp ground-mounted project (%d cards each) after 5 warm-ups%n", runs, cards);
            System.out.println(BenchClient.summary("server-side (Server-Timing, transaction)", server, "ms"));
            System.out.println(BenchClient.summary("client-side over loopback", client, "ms"));
        }
    }

    static double serverTiming(HttpResponse<String> r) {
        String header = r.headers().firstValue("Server-Timing").orElseThrow(() -> new IllegalStateException("no Server-Timing"));
        return Double.parseDouble(header.replaceAll(".*dur=", ""));
    }
}
