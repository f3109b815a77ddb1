package org.solarpm.bench;

import jakarta.json.Json;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * {@code POST /price-checks} latency with 1,000,000 history rows. Against a running dev server
 * (SOLARPM_HTTP_PORT, database SOLARPM_BENCH_DB_URL): creates {@code materials} modules through the
 * API, bulk-loads rows with multi-row JDBC INSERTs straight into price_point (two years, spread over
 * the materials), then times sequential price checks end to end over HTTP.
 * <pre>
 * java -cp projects-web/target/test-classes:$(cat projects-web/target/bench.cp) \
 *   -Dbase=http://127.0.0.1:8383 -Ddb=jdbc:mysql://127.0.0.1:3337/solarpm?sslMode=DISABLED org.solarpm.bench.PriceCheckBenchmark
 * </pre>
 */
public final class PriceCheckBenchmark {

    private PriceCheckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("base", "http://127.0.0.1:8383");
        String db = System.getProperty("db", "jdbc:mysql://127.0.0.1:3337/solarpm?sslMode=DISABLED&allowPublicKeyRetrieval=true");
        int targetRows = Integer.getInteger("rows", 1_000_000);
        int materialCount = Integer.getInteger("materials", 200);
        int checks = Integer.getInteger("checks", 500);
        BenchClient buyer = new BenchClient(base, "buyer");
        List<Long> ids = materials(buyer, materialCount);
        try (Connection c = DriverManager.getConnection(db + "&rewriteBatchedStatements=true", "solarpm", "solarpm")) {
            long have = count(c);
            if (have < targetRows) {
                long t0 = System.nanoTime();
                load(c, ids, (int) (targetRows - have));
                System.out.printf("loaded %d rows in %.1f s%n", targetRows - have, (System.nanoTime() - t0) / 1e9);
            }
            System.out.println("price_point rows: " + count(c));
        }
        Random random = new Random(3);
        BenchClient pm = new BenchClient(base, "pm");
        for (int i = 0; i < 50; i++) {
            check(pm, ids.get(random.nextInt(ids.size())), 0.7);
        }
        double[] ms = new double[checks];
        double[] server = new double[checks];
        double[] samples = new double[checks];
        double[] me = new double[checks];
        for (int i = 0; i < checks; i++) {
            long t0 = System.nanoTime();
            var r = check(pm, ids.get(random.nextInt(ids.size())), 0.6 + random.nextDouble() * 0.3);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            samples[i] = BenchClient.json(r.body()).getInt("sampleSize");
            server[i] = Double.parseDouble(r.headers().firstValue("Server-Timing").orElseThrow().replaceAll(".*dur=", ""));
            long t1 = System.nanoTime();
            pm.get("/api/v1/me");
            me[i] = (System.nanoTime() - t1) / 1e6;
        }
        System.out.println(BenchClient.summary("history samples per check", samples, ""));
        System.out.println(BenchClient.summary("price check in the server (Server-Timing)", server, "ms"));
        System.out.println(BenchClient.summary("POST /price-checks (HTTP, end to end)", ms, "ms"));
        System.out.println(BenchClient.summary("baseline GET /me (HTTP + sign-in check)", me, "ms"));
    }

    private static java.net.http.HttpResponse<String> check(BenchClient client, long id, double price) throws Exception {
        String body = Json.createObjectBuilder().add("materialId", id).add("unitPrice", Math.round(price * 1000) / 1000.0)
                .add("unit", "W").build().toString();
        return BenchClient.check(client.send("POST", "/api/v1/price-checks", body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "application/json"));
    }

    static List<Long> materials(BenchClient buyer, int count) throws Exception {
        List<Long> ids = new ArrayList<>();
        var existing = buyer.get("/api/v1/materials?category=MODULE&size=500").getJsonArray("items");
        existing.stream().map(v -> v.asJsonObject()).filter(o -> o.getString("code").startsWith("BENCH-MOD-"))
                .forEach(o -> ids.add(o.getJsonNumber("id").longValue()));
        for (int i = ids.size(); i < count; i++) {
            String body = Json.createObjectBuilder().add("code", String.format("BENCH-MOD-%04d", i)).add("nameZh", "基准测试组件 " + i)
                    .add("category", "MODULE").add("unit", "pcs").add("moduleWp", 400 + (i % 12) * 25).build().toString();
            ids.add(buyer.post("/api/v1/materials", body).getJsonNumber("id").longValue());
        }
        return ids;
    }

    private static long count(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM price_point")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Multi-row INSERTs of 2,000 rows; prices fall from 1.0 to 0.7 CNY/W over two years with ±4 % noise. */
    private static void load(Connection c, List<Long> ids, int rows) throws Exception {
        int perStatement = 2000;
        StringBuilder sql = new StringBuilder("INSERT INTO price_point (material_id, supplier_id, price_date, quantity, unit_price,"
                + " price_unit, currency, normalised_price, source, source_ref, natural_key, created_at) VALUES ");
        for (int i = 0; i < perStatement; i++) {
            sql.append(i == 0 ? "" : ",").append("(?,NULL,?,1000,?,'W','CNY',?,'IMPORT',?,?,NOW(3))");
        }
        Random random = new Random(1);
        LocalDate today = LocalDate.now();
        String run = Long.toHexString(System.nanoTime());
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int done = 0;
            while (done < rows) {
                int n = perStatement; // whole statements: up to perStatement - 1 rows more than asked
                int p = 1;
                for (int i = 0; i < n; i++) {
                    int day = random.nextInt(730);
                    double price = Math.pow(0.7, day / 730.0) * (0.96 + random.nextDouble() * 0.08);
                    ps.setLong(p++, ids.get(random.nextInt(ids.size())));
                    ps.setObject(p++, today.minusDays(730 - day));
                    String v = String.format("%.6f", price);
                    ps.setString(p++, v);
                    ps.setString(p++, v);
                    ps.setString(p++, "BENCH-" + run);
                    ps.setString(p++, String.format("%64s", "bench-" + run + "-" + (done + i)).replace(' ', '0'));
                }
                ps.executeUpdate();
                c.commit();
                done += n;
                if (done % 100_000 == 0) {
                    System.out.println("  " + done + " rows");
                }
            }
        }
        c.setAutoCommit(true);
    }
}
