package org.solarpm.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.solarpm.devserver.EmbeddedDatabase;
import org.solarpm.devserver.PayaraProcess;

/**
 * The server a benchmark drives: the one at {@code -Dbase=http://...} when given, otherwise a fresh
 * embedded MariaDB and Payara Micro (heap 512 MB, demo data) started from the built artifacts under
 * {@code projects-web/target/bench-<name>} and stopped again on close. Everything on 127.0.0.1.
 */
final class BenchServer implements AutoCloseable {

    private final String baseUrl;
    private final EmbeddedDatabase db;
    private final PayaraProcess payara;

    private BenchServer(String baseUrl, EmbeddedDatabase db, PayaraProcess payara) {
        this.baseUrl = baseUrl;
        this.db = db;
        this.payara = payara;
    }

    static BenchServer start(String name, int dbPort, int httpPort) throws Exception {
        String base = System.getProperty("base");
        if (base != null && !base.isBlank()) {
            return new BenchServer(base, null, null);
        }
        Path home = Path.of(System.getProperty("solarpm.home", ".")).toAbsolutePath();
        Path work = home.resolve("projects-web/target/bench-" + name);
        EmbeddedDatabase db = EmbeddedDatabase.start(dbPort, work.resolve("mariadb"), work.resolve("mariadb-base"));
        try {
            db.dropDatabase("solarpm_bench");
            Map<String, String> env = Map.of("SOLARPM_DB_URL", db.url("solarpm_bench"), "SOLARPM_DEMO", "true",
                    "SOLARPM_DATA_DIR", work.resolve("files").toString());
            PayaraProcess payara = PayaraProcess.start(home.resolve("projects-web/target/payara-micro.jar"),
                    home.resolve("projects-web/target/solarpm.war"), "127.0.0.1", httpPort, "512m", env,
                    work.resolve("server"), work.resolve("server.log"));
            payara.awaitReady(Duration.ofMinutes(4));
            return new BenchServer(payara.baseUrl(), db, payara);
        } catch (Exception | Error e) {
            db.close();
            throw e;
        }
    }

    String baseUrl() {
        return baseUrl;
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
