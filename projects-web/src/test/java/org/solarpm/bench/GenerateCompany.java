package org.solarpm.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a realistic company into a SolarPM database for demos and benchmarks: 1,000 projects
 * (about 200 under construction today) with three years of daily reports and their rollups. The
 * database must have been started once by SolarPM with demo data (schema and demo users);
 * the generator adds to it and refuses to run twice.
 * <pre>
 * ./mvnw -q -Pbench -DskipTests verify -Dbench=GenerateCompany
 * </pre>
 * Database: {@code -Ddb=} or {@code SOLARPM_DB_URL} (+ {@code SOLARPM_DB_USER}, {@code SOLARPM_DB_PASSWORD}) or the
 * embedded one on {@code SOLARPM_EMBEDDED_DB_PORT} (default 3307); {@code SOLARPM_GENERATE_PROJECTS}
 * changes the number of projects.
 */
public final class GenerateCompany {

    private GenerateCompany() {
    }

    static String url() {
        String url = System.getProperty("db", System.getenv("SOLARPM_DB_URL"));
        if (url == null || url.isBlank()) {
            String port = System.getenv().getOrDefault("SOLARPM_EMBEDDED_DB_PORT", "3307");
            url = "jdbc:mysql://127.0.0.1:" + port + "/solarpm?sslMode=DISABLED&allowPublicKeyRetrieval=true";
        }
        return url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
    }

    static Connection connect() throws Exception {
        return DriverManager.getConnection(url(), System.getenv().getOrDefault("SOLARPM_DB_USER", "solarpm"),
                System.getenv().getOrDefault("SOLARPM_DB_PASSWORD", "solarpm"));
    }

    public static void main(String[] args) throws Exception {
        int projects = Integer.getInteger("generate.projects", Integer.parseInt(System.getenv().getOrDefault("SOLARPM_GENERATE_PROJECTS", "1000")));
        long t0 = System.nanoTime();
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(GeneratedCompany.ZONE);
        try (Connection c = connect()) {
            long existing = GeneratedCompany.count(c, "SELECT COUNT(*) FROM project WHERE code LIKE '" + GeneratedCompany.PREFIX + "%'");
            if (existing > 0 && "true".equals(System.getenv("SOLARPM_GENERATE_REPLACE"))) {
                removePrevious(c);
                existing = 0;
            }
            if (existing > 0) {
                System.out.println("This database already holds " + existing + " generated projects; set SOLARPM_GENERATE_REPLACE=true to replace them.");
                return;
            }
            c.setAutoCommit(false);
            List<GeneratedCompany.Site> sites = new GeneratedCompany(c, today, now).generate(projects);
            c.commit();
            System.out.printf("projects: %d in %.1f s%n", sites.size(), (System.nanoTime() - t0) / 1e9);
            GeneratedReports reports = new GeneratedReports(c, today, now);
            reports.generate(sites);
            c.setAutoCommit(true);
            reports.counts.forEach((table, n) -> System.out.printf("  %-32s %,d rows%n", table, n));
            System.out.println("stages: " + stages(c));
            long mismatches = GeneratedCompany.count(c, """
                    SELECT COUNT(*) FROM work_item_progress wp
                     WHERE wp.cumulative_quantity <> (SELECT COALESCE(SUM(q.quantity), 0) FROM daily_report_quantity q
                       JOIN daily_report r ON r.id = q.report_id WHERE q.work_item_id = wp.work_item_id AND r.status <> 'DRAFT')""");
            System.out.println("work items whose rollup differs from the sum of their counted report quantities: " + mismatches);
        }
        System.out.printf("generated in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    /** Removes the projects (with their reports and rollups) and the users of a previous run. */
    private static void removePrevious(Connection c) throws Exception {
        try (var s = c.createStatement()) {
            int reports = s.executeUpdate("DELETE r FROM daily_report r JOIN project p ON p.id = r.project_id WHERE p.code LIKE 'GEN-%'");
            s.executeUpdate("DELETE k FROM card k JOIN board b ON b.id = k.board_id JOIN project p ON p.id = b.project_id WHERE p.code LIKE 'GEN-%'");
            int projects = s.executeUpdate("DELETE FROM project WHERE code LIKE 'GEN-%'");
            int users = s.executeUpdate("DELETE FROM app_user WHERE username LIKE 'gen-%'");
            System.out.printf("removed a previous run: %d projects, %d reports, %d users%n", projects, reports, users);
        }
    }

    private static String stages(Connection c) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (var s = c.createStatement(); var rs = s.executeQuery("SELECT stage, COUNT(*) FROM project WHERE code LIKE 'GEN-%'"
                + " GROUP BY stage ORDER BY COUNT(*) DESC")) {
            while (rs.next()) {
                sb.append(rs.getString(1)).append('=').append(rs.getLong(2)).append(' ');
            }
        }
        return sb.toString().strip();
    }
}
