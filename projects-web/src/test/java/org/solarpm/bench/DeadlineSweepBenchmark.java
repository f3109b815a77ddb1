package org.solarpm.bench;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The daily-report deadline sweep over {@code projects} (default 1,000) projects in construction
 * without reports. Against a running dev server (base URL) and its database: inserts the projects
 * (each with a site lead) with JDBC, then times {@code POST /reminder-rules/DAILY_REPORT_NUDGE/run}
 * (synchronous; the response carries the server-side duration). The first run writes the nudges or
 * MISSING marks and notifications, later runs find them written.
 * <pre>
 * java -cp projects-web/target/test-classes:$(cat projects-web/target/bench.cp) \
 *   -Dbase=http://127.0.0.1:8485 -Ddb=jdbc:mysql://127.0.0.1:3485/solarpm?sslMode=DISABLED org.solarpm.bench.DeadlineSweepBenchmark
 * </pre>
 */
public final class DeadlineSweepBenchmark {

    private DeadlineSweepBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("base", "http://127.0.0.1:8485");
        String db = System.getProperty("db", "jdbc:mysql://127.0.0.1:3485/solarpm?sslMode=DISABLED&allowPublicKeyRetrieval=true");
        int projects = Integer.getInteger("projects", 1000);
        int runs = Integer.getInteger("runs", 10);
        try (Connection c = DriverManager.getConnection(db + "&rewriteBatchedStatements=true", "solarpm", "solarpm")) {
            int have = count(c, "SELECT COUNT(*) FROM project WHERE stage = 'CONSTRUCTION'");
            if (have < projects) {
                load(c, projects - have);
            }
            System.out.println("projects in construction: " + count(c, "SELECT COUNT(*) FROM project WHERE stage = 'CONSTRUCTION'"));
        }
        BenchClient admin = new BenchClient(base, "admin");
        double[] wall = new double[runs];
        double[] server = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = admin.send("POST", "/api/v1/reminder-rules/DAILY_REPORT_NUDGE/run", new byte[0], "application/json");
            wall[i] = (System.nanoTime() - t0) / 1e6;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(r.statusCode() + " " + r.body());
            }
            server[i] = BenchClient.json(r.body()).getJsonNumber("millis").doubleValue();
            System.out.printf("run %d: %s (%.0f ms over HTTP)%n", i + 1, r.body(), wall[i]);
        }
        System.out.println(Stats.summary("sweep, server", server, "ms"));
        System.out.println(Stats.summary("sweep, HTTP", wall, "ms"));
    }

    private static void load(Connection c, int n) throws Exception {
        long branch;
        long manager;
        long lead;
        try (Statement s = c.createStatement()) {
            branch = first(s, "SELECT id FROM branch ORDER BY id");
            manager = first(s, "SELECT id FROM app_user WHERE username = 'pm'");
            lead = first(s, "SELECT id FROM app_user WHERE username = 'site'");
        }
        String tag = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        try (PreparedStatement p = c.prepareStatement("INSERT INTO project (code, name, customer, site_address, project_type, capacity_kwp,"
                + " module_wp, branch_id, manager_id, planned_start, stage, template_code, template_version, created_at)"
                + " VALUES (?, ?, 'Bench', 'Bench', 'CI_ROOFTOP', 1000, 550, ?, ?, '2026-01-05', 'CONSTRUCTION', 'ci-rooftop', 1, NOW(3))")) {
            for (int i = 0; i < n; i++) {
                p.setString(1, "SWEEP-" + tag + "-" + i);
                p.setString(2, "Sweep bench " + i);
                p.setLong(3, branch);
                p.setLong(4, manager);
                p.addBatch();
            }
            p.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO project_member (project_id, user_id, role, added_at) SELECT id, " + lead + ", 'SITE_LEAD', NOW(3)"
                    + " FROM project WHERE code LIKE 'SWEEP-" + tag + "-%'");
        }
    }

    private static long first(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int count(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
