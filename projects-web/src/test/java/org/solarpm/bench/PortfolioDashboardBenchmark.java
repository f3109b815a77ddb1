package org.solarpm.bench;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.solarpm.dailyreport.PlannedCurve;

/**
 * {@code GET /dashboard/portfolio} against a running SolarPM on the generated company
 * ({@link GenerateCompany}). Warms up, then times sequential and concurrent requests as the
 * executive (whole company): server-side (Server-Timing), client-side, SQL statements per request
 * (X-SQL-Statements, needs SOLARPM_DIAGNOSTICS_SQL_COUNT=true on the server) and the server's heap
 * (/metrics). The floor is the same dashboard computed by one hand-written SQL statement over JDBC
 * plus the same S-curve arithmetic in this JVM; the ratio API / floor says what the application adds.
 * <pre>
 * SOLARPM_HTTP_PORT=8080 SOLARPM_EMBEDDED_DB_PORT=3307 ./mvnw -q -Pbench -DskipTests verify -Dbench=PortfolioDashboardBenchmark
 * </pre>
 * Environment: SOLARPM_BENCH_DATE (default yesterday, when every report status is final),
 * SOLARPM_BENCH_REQUESTS (300), SOLARPM_BENCH_CLIENTS (8).
 */
public final class PortfolioDashboardBenchmark {

    private PortfolioDashboardBenchmark() {
    }

    private static final String FLOOR = """
            SELECT 'P', p.id, p.code, p.stage, p.capacity_kwp, b.name_zh, u.display_name,
                   d.report_status, d.timeliness, d.installed_kwp, d.manpower, d.open_delays,
                   c.cumulative_kwp, c.cumulative_progress_fraction,
                   (SELECT COALESCE(SUM(i.incidents), 0) FROM project_day_rollup i WHERE i.project_id = p.id AND i.day BETWEEN ? AND ?),
                   (SELECT MIN(n.planned_date) FROM milestone n WHERE n.project_id = p.id AND n.actual_date IS NULL AND n.planned_date >= ?),
                   (SELECT GROUP_CONCAT(CONCAT(w.weight, ' ', w.planned_start, ' ', w.planned_end) SEPARATOR ',') FROM work_item w WHERE w.project_id = p.id)
              FROM project p JOIN branch b ON b.id = p.branch_id JOIN app_user u ON u.id = p.manager_id
              LEFT JOIN project_day_rollup d ON d.project_id = p.id AND d.day = ?
              LEFT JOIN project_day_rollup c ON c.project_id = p.id
                    AND c.day = (SELECT MAX(x.day) FROM project_day_rollup x WHERE x.project_id = p.id AND x.day <= ?)
             WHERE p.stage NOT IN ('OM', 'CLOSED', 'LOST')
            UNION ALL
            SELECT 'W', NULL, NULL, NULL, SUM(r.installed_kwp), r.day, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
              FROM project_day_rollup r WHERE r.day BETWEEN ? AND ? AND r.counted GROUP BY r.day""";

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("base", "http://127.0.0.1:" + System.getenv().getOrDefault("SOLARPM_HTTP_PORT", "8080"));
        LocalDate date = LocalDate.parse(System.getenv().getOrDefault("SOLARPM_BENCH_DATE",
                LocalDate.now(GeneratedCompany.ZONE).minusDays(1).toString()));
        int requests = Integer.parseInt(System.getenv().getOrDefault("SOLARPM_BENCH_REQUESTS", "300"));
        int clients = Integer.parseInt(System.getenv().getOrDefault("SOLARPM_BENCH_CLIENTS", "8"));
        BenchClient exec = new BenchClient(base, "exec");
        String path = "/api/v1/dashboard/portfolio?date=" + date;

        var first = BenchClient.json(BenchClient.check(exec.send("GET", path, null, null)).body());
        System.out.println("date " + date + ": " + first.getJsonArray("projects").size() + " projects on the dashboard, totals "
                + first.getJsonObject("totals"));
        verifyAgainstRawReports(first, date);
        for (int i = 0; i < 50; i++) {
            BenchClient.check(exec.send("GET", path, null, null));
        }
        double[] server = new double[requests];
        double[] client = new double[requests];
        double[] statements = new double[requests];
        long bytes = 0;
        for (int i = 0; i < requests; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = BenchClient.check(exec.send("GET", path, null, null));
            client[i] = (System.nanoTime() - t0) / 1e6;
            server[i] = serverTiming(r);
            statements[i] = Double.parseDouble(r.headers().firstValue("X-SQL-Statements").orElse("NaN"));
            bytes = r.body().length();
        }
        System.out.println("response size: " + bytes + " characters");
        System.out.println(BenchClient.summary("portfolio in the server (Server-Timing)", server, "ms"));
        System.out.println(BenchClient.summary("GET /dashboard/portfolio (HTTP, sequential)", client, "ms"));
        System.out.println(BenchClient.summary("SQL statements per request", statements, ""));

        double[] concurrentServer = new double[clients * (requests / clients)];
        double[] concurrentClient = new double[concurrentServer.length];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        long wall = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int offset = c * (requests / clients);
            futures.add(pool.submit(() -> {
                for (int i = 0; i < requests / clients; i++) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = BenchClient.check(exec.send("GET", path, null, null));
                    concurrentClient[offset + i] = (System.nanoTime() - t0) / 1e6;
                    concurrentServer[offset + i] = serverTiming(r);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - wall) / 1e9;
        pool.shutdown();
        System.out.println(BenchClient.summary("portfolio in the server, " + clients + " concurrent", concurrentServer, "ms"));
        System.out.println(BenchClient.summary("GET /dashboard/portfolio, " + clients + " concurrent", concurrentClient, "ms"));
        System.out.printf("throughput with %d clients: %.1f requests/s%n", clients, concurrentClient.length / seconds);
        Results.value("requests/s with " + clients + " clients", concurrentClient.length / seconds, "/s");
        System.out.println("server heap: " + heap(exec));

        double[] floor = floor(date, requests);
        System.out.println(BenchClient.summary("floor: one SQL statement over JDBC + S-curve", floor, "ms"));
        System.out.printf("ratio API (server median) / floor median: %.2f%n", BenchClient.percentile(server, 50) / BenchClient.percentile(floor, 50));
        Results.value("ratio API server median / floor median", BenchClient.percentile(server, 50) / BenchClient.percentile(floor, 50), "x");
    }

    /**
     * Checks the API against the raw reports, independently of the rollups: for every listed project the
     * cumulative kWp must equal the sum of the counted kWp quantities up to the day, and the day's
     * status must match the day's report (submitted: its timeliness; none or draft: missing/pending/not required).
     */
    private static void verifyAgainstRawReports(jakarta.json.JsonObject portfolio, LocalDate date) throws Exception {
        Map<Long, double[]> raw = new HashMap<>();
        Map<Long, String> timeliness = new HashMap<>();
        try (Connection c = GenerateCompany.connect(); PreparedStatement ps = c.prepareStatement("""
                SELECT r.project_id, SUM(q.quantity) FROM daily_report r JOIN daily_report_quantity q ON q.report_id = r.id
                  JOIN work_item w ON w.id = q.work_item_id AND w.unit = 'kWp'
                 WHERE r.report_date <= ? AND r.status <> 'DRAFT' GROUP BY r.project_id""");
             PreparedStatement day = c.prepareStatement("SELECT project_id, timeliness FROM daily_report WHERE report_date = ? AND status <> 'DRAFT'")) {
            ps.setObject(1, date);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    raw.put(rs.getLong(1), new double[] {rs.getDouble(2)});
                }
            }
            day.setObject(1, date);
            try (ResultSet rs = day.executeQuery()) {
                while (rs.next()) {
                    timeliness.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        int checked = 0;
        int wrong = 0;
        for (var v : portfolio.getJsonArray("projects")) {
            var p = v.asJsonObject();
            long id = p.getJsonNumber("projectId").longValue();
            double expected = raw.getOrDefault(id, new double[] {0})[0];
            String status = p.getString("reportStatus");
            String expectedStatus = timeliness.get(id);
            boolean statusOk = expectedStatus != null ? expectedStatus.equals(status)
                    : List.of("MISSING", "PENDING", "NOT_REQUIRED").contains(status);
            if (Math.abs(expected - p.getJsonNumber("cumulativeKwp").doubleValue()) > 0.001 || !statusOk) {
                wrong++;
                if (wrong <= 5) {
                    System.out.println("  MISMATCH " + p.getString("code") + ": cumulativeKwp " + p.getJsonNumber("cumulativeKwp")
                            + " vs raw " + expected + ", status " + status + " vs report " + expectedStatus);
                }
            }
            checked++;
        }
        System.out.println("verified against the raw reports: " + checked + " projects, " + wrong + " mismatches");
    }

    private static double serverTiming(HttpResponse<String> r) {
        return Double.parseDouble(r.headers().firstValue("Server-Timing").orElseThrow().replaceAll(".*dur=", ""));
    }

    private static String heap(BenchClient client) throws Exception {
        String metrics = client.send("GET", "/metrics", null, null).body();
        StringBuilder sb = new StringBuilder();
        for (String line : metrics.split("\n")) {
            if (line.startsWith("memory_usedHeap_bytes") || line.startsWith("memory_maxHeap_bytes")) {
                String[] parts = line.split(" ");
                sb.append(parts[0].replaceAll("\\{.*", "")).append('=')
                        .append(Math.round(Double.parseDouble(parts[parts.length - 1]) / (1024 * 1024))).append(" MiB ");
            }
        }
        return sb.toString().strip();
    }

    /** The same figures from one statement: project lines, planned segments (concatenated) and the daily installed kWp. */
    private static double[] floor(LocalDate day, int runs) throws Exception {
        double[] ms = new double[runs];
        LocalDate firstWeek = day.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)).minusWeeks(11);
        try (Connection c = GenerateCompany.connect(); PreparedStatement ps = c.prepareStatement(FLOOR)) {
            for (int run = -20; run < runs; run++) {
                long t0 = System.nanoTime();
                Object[] binds = {day.minusDays(6), day, day, day, day, firstWeek, day};
                for (int i = 0; i < binds.length; i++) {
                    ps.setObject(i + 1, binds[i]);
                }
                List<double[]> lines = new ArrayList<>();
                Map<LocalDate, Double> weeks = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getString(1).equals("W")) {
                            weeks.merge(LocalDate.parse(rs.getString(6)).with(java.time.DayOfWeek.MONDAY), rs.getDouble(5), Double::sum);
                            continue;
                        }
                        String segments = rs.getString(17);
                        int variance = 0;
                        if (segments != null) {
                            List<PlannedCurve.Segment> plan = new ArrayList<>();
                            for (String s : segments.split(",")) {
                                String[] f = s.split(" ");
                                plan.add(new PlannedCurve.Segment(new BigDecimal(f[0]), LocalDate.parse(f[1]), LocalDate.parse(f[2])));
                            }
                            variance = new PlannedCurve(plan).scheduleVarianceDays(day, Math.min(1, rs.getDouble(14)));
                        }
                        lines.add(new double[] {rs.getString(8) == null ? 0 : 1, rs.getInt(15), variance, rs.getLong(2)});
                    }
                }
                lines.sort(Comparator.<double[]>comparingDouble(l -> l[0]).thenComparingDouble(l -> -l[1]).thenComparingDouble(l -> l[2]));
                if (run >= 0) {
                    ms[run] = (System.nanoTime() - t0) / 1e6;
                }
            }
        }
        return ms;
    }
}
