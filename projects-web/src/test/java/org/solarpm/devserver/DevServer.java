package org.solarpm.devserver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The README run command: starts the embedded MariaDB (unless {@code SOLARPM_DB_URL} points at a
 * real MySQL/MariaDB), then Payara Micro with SolarPM, and waits for Ctrl-C, which stops both.
 */
public final class DevServer {

    private DevServer() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("solarpm.home", ".")).toAbsolutePath().normalize();
        Path war = Path.of(System.getProperty("solarpm.war", home.resolve("projects-web/target/solarpm.war").toString()));
        Path microJar = Path.of(System.getProperty("solarpm.microJar", home.resolve("projects-web/target/payara-micro.jar").toString()));
        String address = env("SOLARPM_HTTP_ADDRESS", "127.0.0.1");
        int port = Integer.parseInt(env("SOLARPM_HTTP_PORT", "8080"));
        String heap = env("SOLARPM_HEAP", "512m");
        Path dataDir = Path.of(env("SOLARPM_DATA_DIR", home.resolve("data/files").toString())).toAbsolutePath();

        Map<String, String> appEnv = new HashMap<>();
        appEnv.put("SOLARPM_DATA_DIR", dataDir.toString());
        EmbeddedDatabase database = null;
        if (System.getenv("SOLARPM_DB_URL") == null) {
            int dbPort = Integer.parseInt(env("SOLARPM_EMBEDDED_DB_PORT", "3307"));
            Path dbDir = Path.of(env("SOLARPM_EMBEDDED_DB_DIR", home.resolve("data/mariadb").toString())).toAbsolutePath();
            System.out.println("[solarpm] starting embedded MariaDB on 127.0.0.1:" + dbPort + " (data in " + dbDir + ")");
            database = EmbeddedDatabase.start(dbPort, dbDir, dbDir.resolveSibling(dbDir.getFileName() + "-base"));
            appEnv.put("SOLARPM_DB_URL", database.url("solarpm"));
            appEnv.put("SOLARPM_DB_USER", EmbeddedDatabase.APP_USER);
            appEnv.put("SOLARPM_DB_PASSWORD", EmbeddedDatabase.APP_PASSWORD);
        } else {
            System.out.println("[solarpm] using the database at SOLARPM_DB_URL; no embedded database started");
        }
        System.out.println("[solarpm] starting Payara Micro on http://" + address + ":" + port + " (heap " + heap + ")");
        long started = System.nanoTime();
        PayaraProcess server = PayaraProcess.start(microJar, war, address, port, heap, appEnv,
                home.resolve("projects-web/target/devserver"), null);
        EmbeddedDatabase db = database;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("[solarpm] stopping");
            server.close();
            if (db != null) {
                db.close();
            }
        }, "solarpm-shutdown"));
        server.awaitReady(Duration.ofMinutes(5));
        System.out.printf("[solarpm] ready in %.1f s at %s  (demo logins: admin, exec, branchhead, pm, site, buyer; password solarpm)%n",
                (System.nanoTime() - started) / 1e9, server.baseUrl());
        while (server.isAlive()) {
            Thread.sleep(1000);
        }
        System.out.println("[solarpm] Payara Micro exited");
        System.exit(1);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
