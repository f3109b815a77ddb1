package org.solarpm.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.solarpm.devserver.EmbeddedDatabase;
import org.solarpm.devserver.PayaraProcess;

/**
 * Cold start to ready (SolarPM's readiness check UP) and resident memory after 15 s idle, over 5
 * starts of Payara Micro with the built WAR, heap 512 MB, on an already migrated embedded MariaDB.
 */
public final class StartupBenchmark {

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(System.getProperty("runs", "5"));
        Path home = Path.of(System.getProperty("solarpm.home", ".")).toAbsolutePath();
        Path work = home.resolve("projects-web/target/bench-startup");
        Path war = home.resolve("projects-web/target/solarpm.war");
        Path micro = home.resolve("projects-web/target/payara-micro.jar");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(3347, work.resolve("mariadb"), work.resolve("mariadb-base"))) {
            Map<String, String> env = Map.of("SOLARPM_DB_URL", db.url("solarpm_bench_startup"), "SOLARPM_DEMO", "true",
                    "SOLARPM_DATA_DIR", work.resolve("files").toString());
            double[] ready = new double[runs];
            double[] rss = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                try (PayaraProcess p = PayaraProcess.start(micro, war, "127.0.0.1", 18480, "512m", env, work.resolve("server"), work.resolve("server-" + i + ".log"))) {
                    p.awaitReady(Duration.ofMinutes(3));
                    ready[i] = (System.nanoTime() - t0) / 1e9;
                    Thread.sleep(15_000);
                    rss[i] = rssMiB(p.pid());
                    System.out.printf("run %d: ready in %.1f s, RSS %.0f MiB%n", i + 1, ready[i], rss[i]);
                }
            }
            System.out.println(Stats.summary("cold start to ready", ready, "s"));
            System.out.println(Stats.summary("RSS at idle (15 s after ready)", rss, "MiB"));
        }
    }

    static double rssMiB(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return -1;
    }
}
