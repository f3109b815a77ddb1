package org.solarpm.it;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.solarpm.devserver.PayaraProcess;

/**
 * The one SolarPM instance that all black-box and browser tests of a test JVM share: Payara Micro
 * with the built WAR on its own database ({@code solarpm_bb}) with demo data, bound to 127.0.0.1.
 */
public final class SolarPmApp {

    public static final String DATABASE = "solarpm_bb";
    private static PayaraProcess server;

    private SolarPmApp() {
    }

    public static synchronized String baseUrl() {
        if (server == null) {
            start();
        }
        return server.baseUrl();
    }

    private static void start() {
        Path work = Path.of(System.getProperty("solarpm.it.workDir", "target/it"));
        int port = Integer.parseInt(System.getProperty("solarpm.it.appPort", "18080"));
        var db = TestEnvironment.database();
        try {
            server = PayaraProcess.start(Path.of(System.getProperty("solarpm.it.microJar")), Path.of(System.getProperty("solarpm.it.war")),
                    "127.0.0.1", port, "512m",
                    appEnvironment(db.url(DATABASE), work),
                    work.resolve("blackbox-server"), work.resolve("blackbox-server.log"));
            server.awaitReady(Duration.ofMinutes(4));
        } catch (Exception e) {
            throw new IllegalStateException("SolarPM did not start for the black-box tests; see " + work.resolve("blackbox-server.log"), e);
        }
    }

    private static Map<String, String> appEnvironment(String dbUrl, Path work) {
        Map<String, String> env = new java.util.HashMap<>(Map.of(
                "SOLARPM_DB_URL", dbUrl,
                "SOLARPM_DB_USER", "solarpm",
                "SOLARPM_DB_PASSWORD", "solarpm",
                "SOLARPM_DEMO", "true",
                "SOLARPM_DATA_DIR", work.resolve("blackbox-files").toAbsolutePath().toString(),
                "SOLARPM_DIAGNOSTICS_SQL_COUNT", "true",
                // small document limit so the too-large upload test sends little
                "SOLARPM_DOCUMENTS_MAX_BYTES", "1048576",
                // many tests fail sign-ins on purpose, all from 127.0.0.1
                "SOLARPM_LOGIN_MAX_FAILURES_PER_ADDRESS", "1000"));
        String smtpPort = System.getProperty("solarpm.it.smtpPort");
        if (smtpPort != null) {
            // e-mail goes to the GreenMail server TestEnvironment started; quick retries so failure tests stay short
            env.put("SOLARPM_MAIL_HOST", "127.0.0.1");
            env.put("SOLARPM_MAIL_PORT", smtpPort);
            env.put("SOLARPM_MAIL_FROM", "SolarPM <solarpm@solarpm.test>");
        }
        env.put("SOLARPM_OUTBOX_BACKOFF_SECONDS", "1");
        env.put("SOLARPM_BOARD_EVENTS_RECHECK_SECONDS", "1");
        return env;
    }

    static synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
