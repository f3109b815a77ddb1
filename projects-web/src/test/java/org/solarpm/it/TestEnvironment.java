package org.solarpm.it;

import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.solarpm.devserver.EmbeddedDatabase;

/**
 * Starts the embedded MariaDB once per integration-test JVM, before any test (Arquillian's Payara
 * JVMs connect to it through SOLARPM_DB_URL, set by failsafe), and stops the shared app and the
 * database at the end. Does nothing in unit-test runs, which have no {@code solarpm.it.dbPort}.
 */
public class TestEnvironment implements LauncherSessionListener {

    private static EmbeddedDatabase database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("solarpm.it.dbPort");
        if (port == null || database != null) {
            return;
        }
        Path work = Path.of(System.getProperty("solarpm.it.workDir", "target/it"));
        try {
            database = EmbeddedDatabase.start(Integer.parseInt(port), work.resolve("mariadb-data"), work.resolve("mariadb-base"));
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB for the integration tests", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        SolarPmApp.stop();
        if (database != null) {
            database.close();
            database = null;
        }
    }

    public static EmbeddedDatabase database() {
        if (database == null) {
            throw new IllegalStateException("No embedded database: run integration tests through failsafe (mvn verify)");
        }
        return database;
    }
}
