package org.solarpm.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.solarpm.devserver.EmbeddedDatabase;
import org.solarpm.devserver.PayaraProcess;

/**
 * The server a benchmark drives: the one at {@code -Dbase=http://...} when given, otherwise a fresh
 * embedded MariaDB and Payara Micro (heap 512 MB, demo data) started from the built artifacts under
 * {@code projects-web/target/bench-<name>} and stopped again on close (on {@code SOLARPM_DB_URL}
 * instead of the embedded database when that is set). Everything on 127.0.0.1.
 */
final class BenchServer implements AutoCloseable {

    private final String baseUrl;
    private final EmbeddedDatabase db;
    private final PayaraProcess payara;
    private final String dbUrl;
    private final double startSeconds;

    private BenchServer(String baseUrl, EmbeddedDatabase db, PayaraProcess payara, String dbUrl, double startSeconds) {
        this.baseUrl = baseUrl;
        this.db = db;
        this.payara = payara;
        this.dbUrl = dbUrl;
        this.startSeconds = startSeconds;
    }

    static BenchServer start(String name, int dbPort, int httpPort) throws Exception {
        String base = System.getProperty("base");
        if (base != null && !base.isBlank()) {
            return new BenchServer(base, null, null, System.getProperty("db"), Double.NaN);
        }
        Path home = Path.of(System.getProperty("solarpm.home", ".")).toAbsolutePath();
        Path work = home.resolve("projects-web/target/bench-" + name);
        String external = System.getenv("SOLARPM_DB_URL");
        EmbeddedDatabase db = null;
        String dbUrl;
        if (external != null && !external.isBlank()) {
            dbUrl = external;
        } else {
            db = EmbeddedDatabase.start(dbPort, work.resolve("mariadb"), work.resolve("mariadb-base"));
            db.dropDatabase("solarpm_bench");
            dbUrl = db.url("solarpm_bench");
        }
        try {
            Map<String, String> env = new java.util.HashMap<>(Map.of("SOLARPM_DB_URL", dbUrl, "SOLARPM_DEMO", "true",
                    "SOLARPM_DATA_DIR", work.resolve("files").toString(), "SOLARPM_DIAGNOSTICS_SQL_COUNT", "true"));
            long t0 = System.nanoTime();
            PayaraProcess payara = PayaraProcess.start(home.resolve("projects-web/target/payara-micro.jar"),
                    home.resolve("projects-web/target/solarpm.war"), "127.0.0.1", httpPort, "512m", env,
                    work.resolve("server"), work.resolve("server.log"));
            payara.awaitReady(Duration.ofMinutes(4));
            return new BenchServer(payara.baseUrl(), db, payara, dbUrl, (System.nanoTime() - t0) / 1e9);
        } catch (Exception | Error e) {
            if (db != null) {
                db.close();
            }
            throw e;
        }
    }

    String baseUrl() {
        return baseUrl;
    }

    /** JDBC URL of the database the server uses (for loading data and for the hand-written floors). */
    String dbUrl() {
        return dbUrl;
    }

    /** Seconds from launching Payara Micro to SolarPM being ready (migrations and demo data included); NaN for a given server. */
    double startSeconds() {
        return startSeconds;
    }

    /** The app server's process id, for heap and RSS readings; -1 for a server started elsewhere. */
    long pid() {
        return payara == null ? Long.getLong("pid", -1L) : payara.pid();
    }

    @Override
    public void close() {
        if (payara != null) {
            payara.close();
        }
        if (db != null) {
            db.close();
        }
    }
}
