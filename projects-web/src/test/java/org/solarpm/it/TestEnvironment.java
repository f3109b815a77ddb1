package org.solarpm.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.solarpm.devserver.EmbeddedDatabase;

/**
 * Starts the embedded MariaDB once per integration-test JVM, before any test (Arquillian's Payara
 * JVMs connect to it through SOLARPM_DB_URL, set by failsafe), and stops the shared app and the
 * database at the end. Also starts GreenMail, the SMTP server the shared app mails to. Does nothing in unit-test runs, which have no {@code solarpm.it.dbPort}.
 */
public class TestEnvironment implements LauncherSessionListener {

    private static EmbeddedDatabase database;
    private static GreenMail mail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("solarpm.it.dbPort");
        if (port == null || database != null) {
            return;
        }
        Path work = Path.of(System.getProperty("solarpm.it.workDir", "target/it"));
        String smtpPort = System.getProperty("solarpm.it.smtpPort");
        if (smtpPort != null) {
            mail = new GreenMail(new ServerSetup(Integer.parseInt(smtpPort), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
        }
        try {
            database = EmbeddedDatabase.start(Integer.parseInt(port), work.resolve("mariadb-data"), work.resolve("mariadb-base"));
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB for the integration tests", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        SolarPmApp.stop();
        if (mail != null) {
            mail.stop();
            mail = null;
        }
        if (database != null) {
            database.close();
            database = null;
        }
    }

    /** The SMTP server (GreenMail on 127.0.0.1) the shared app sends its e-mail to. */
    public static GreenMail mail() {
        if (mail == null) {
            throw new IllegalStateException("No GreenMail: run integration tests through failsafe (mvn verify)");
        }
        return mail;
    }

    public static EmbeddedDatabase database() {
        if (database == null) {
            throw new IllegalStateException("No embedded database: run integration tests through failsafe (mvn verify)");
        }
        return database;
    }
}
