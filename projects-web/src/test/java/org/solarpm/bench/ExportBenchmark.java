package org.solarpm.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The two heavy exports against a running SolarPM on the generated company ({@link GenerateCompany}):
 * (a) the company-wide daily-reports workbook {@code GET /daily-reports.xlsx} over the longest allowed
 * range (366 days up to yesterday), and (b) the executive digest PDF {@code GET /reports/daily-digest.pdf}
 * of yesterday. Each is timed end to end (until the last byte) and inside the server
 * ({@code Server-Timing}); during the workbook the server's used heap is sampled from {@code /metrics}
 * every 50 ms. Run the server with {@code SOLARPM_HEAP=256m} so that the whole application server, the
 * export included, is capped at 256 MB. Also checks that the WAR ships compiled {@code .jasper}
 * templates and no JasperReports compiler.
 * <pre>
 * SOLARPM_HEAP=256m SOLARPM_HTTP_PORT=8491 ... ./mvnw -q -Prun -DskipTests verify       # terminal 1
 * SOLARPM_HTTP_PORT=8491 ./mvnw -q -Pbench -DskipTests verify -Dbench=ExportBenchmark     # terminal 2
 * </pre>
 * Server: {@code -Dbase=http://...}, else {@code SOLARPM_BENCH_BASE}, else 127.0.0.1:{@code SOLARPM_HTTP_PORT},
 * else a fresh {@link BenchServer} (demo data only: small figures). {@code SOLARPM_BENCH_RUNS} (default 5)
 * timed runs after one warm-up; {@code SOLARPM_BENCH_TO} (default yesterday) the last day.
 */
public final class ExportBenchmark {

    private ExportBenchmark() {
    }

    /** One measured series: samples in a unit, with a note (row counts, sizes). */
    public record Figure(String name, String unit, double[] samples, String note) {

        public double median() {
            return Stats.percentile(samples, 50);
        }

        public double p95() {
            return Stats.percentile(samples, 95);
        }

        @Override
        public String toString() {
            return Stats.summary(name, samples, unit) + (note == null || note.isEmpty() ? "" : "  (" + note + ")");
        }
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("base", System.getenv("SOLARPM_BENCH_BASE"));
        if ((base == null || base.isBlank()) && System.getenv("SOLARPM_HTTP_PORT") != null) {
            base = "http://127.0.0.1:" + System.getenv("SOLARPM_HTTP_PORT");
        }
        if (base != null && !base.isBlank()) {
            System.setProperty("base", base);
        }
        int runs = Integer.parseInt(System.getenv().getOrDefault("SOLARPM_BENCH_RUNS", "5"));
        LocalDate to = LocalDate.parse(System.getenv().getOrDefault("SOLARPM_BENCH_TO", LocalDate.now(GeneratedCompany.ZONE).minusDays(1).toString()));
        System.out.println("load average before: " + loadAverage());
        try (BenchServer server = BenchServer.start("exports", 3497, 8497)) {
            for (Figure f : run(server.baseUrl(), runs, to)) {
                System.out.println(f);
            }
        }
        System.out.println("load average after: " + loadAverage());
        Path war = Path.of(System.getProperty("solarpm.home", ".")).resolve("projects-web/target/solarpm.war");
        if (Files.exists(war)) {
            System.out.println(precompiledTemplates(war));
        }
    }

    /** Measures both exports against {@code baseUrl}; returns the figures (the suite calls this). */
    public static List<Figure> run(String baseUrl, int runs, LocalDate to) throws Exception {
        BenchClient exec = new BenchClient(baseUrl, "exec");
        List<Figure> figures = new ArrayList<>();
        figures.addAll(workbook(exec, runs, to.minusDays(365), to));
        figures.addAll(digest(exec, runs, to));
        return figures;
    }

    static List<Figure> workbook(BenchClient exec, int runs, LocalDate from, LocalDate to) throws Exception {
        String path = "/api/v1/daily-reports.xlsx?from=" + from + "&to=" + to;
        Download warm = download(exec, path);
        System.out.printf("workbook %s..%s: %s, %.1f MB%n", from, to, warm.rows(), warm.bytes() / 1e6);
        double[] client = new double[runs];
        double[] server = new double[runs];
        double[] peakHeap = new double[runs];
        double baseline = usedHeapMiB(exec);
        for (int i = 0; i < runs; i++) {
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong peak = new AtomicLong();
            Thread sampler = new Thread(() -> {
                while (running.get()) {
                    try {
                        peak.accumulateAndGet(Math.round(usedHeapMiB(exec)), Math::max);
                        Thread.sleep(50);
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            sampler.start();
            Download d = download(exec, path);
            running.set(false);
            sampler.join();
            client[i] = d.clientMs();
            server[i] = d.serverMs();
            peakHeap[i] = peak.get();
        }
        String rows = warm.rows() + ", " + Math.round(warm.bytes() / 1e5) / 10.0 + " MB";
        return List.of(new Figure("daily-reports.xlsx end to end", "ms", client, rows),
                new Figure("daily-reports.xlsx in server (fill)", "ms", server, "query + SXSSF rows; the zip is written while streaming"),
                new Figure("server used heap during export", "MiB", peakHeap,
                        "sampled every 50 ms from /metrics; before: " + Math.round(baseline) + " MiB; " + maxHeap(exec)));
    }

    static List<Figure> digest(BenchClient exec, int runs, LocalDate day) throws Exception {
        String path = "/api/v1/reports/daily-digest.pdf?date=" + day;
        var dashboard = exec.get("/api/v1/dashboard/portfolio?date=" + day);
        long active = dashboard.getJsonArray("projects").stream().map(v -> v.asJsonObject())
                .filter(p -> !"NOT_REQUIRED".equals(p.getString("reportStatus")) || p.getJsonNumber("installedTodayKwp").doubleValue() > 0).count();
        Download warm = download(exec, path);
        double[] client = new double[runs];
        double[] server = new double[runs];
        for (int i = 0; i < runs; i++) {
            Download d = download(exec, path);
            client[i] = d.clientMs();
            server[i] = d.serverMs();
        }
        String note = active + " active projects on " + day + ", " + Math.round(warm.bytes() / 1e3) + " KB";
        return List.of(new Figure("daily-digest.pdf end to end", "ms", client, note), new Figure("daily-digest.pdf in server", "ms", server, note));
    }

    record Download(double clientMs, double serverMs, long bytes, String rows) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** GET until the last byte, discarding the body (the client keeps nothing). */
    static Download download(BenchClient client, String path) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<InputStream> r = HTTP.send(HttpRequest.newBuilder(URI.create(client.baseUrl + path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + client.token).header("Accept-Language", "zh-CN").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        try (InputStream in = r.body()) {
            byte[] buf = new byte[64 * 1024];
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                bytes += n;
            }
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + ": HTTP " + r.statusCode());
        }
        double server = Double.parseDouble(r.headers().firstValue("Server-Timing").orElse("x;dur=NaN").replaceAll(".*dur=", ""));
        return new Download(ms, server, bytes, r.headers().firstValue("X-Export-Rows").orElse(""));
    }

    static double usedHeapMiB(BenchClient client) throws Exception {
        return metric(client, "memory_usedHeap_bytes") / (1024 * 1024);
    }

    static String maxHeap(BenchClient client) throws Exception {
        return "max heap " + Math.round(metric(client, "memory_maxHeap_bytes") / (1024 * 1024)) + " MiB";
    }

    private static double metric(BenchClient client, String name) throws Exception {
        for (String line : client.send("GET", "/metrics", null, null).body().split("\n")) {
            if (line.startsWith(name)) {
                String[] parts = line.split(" ");
                return Double.parseDouble(parts[parts.length - 1]);
            }
        }
        return Double.NaN;
    }

    /** Templates are compiled at build time: the WAR holds .jasper files, no .jrxml and no JasperReports compiler (jdt/ecj). */
    static String precompiledTemplates(Path war) throws IOException {
        List<String> jasper = new ArrayList<>();
        List<String> compilerJars = new ArrayList<>();
        List<String> jrxml = new ArrayList<>();
        try (ZipFile zip = new ZipFile(war.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                String name = e.getName();
                if (!name.startsWith("WEB-INF/lib/")) {
                    continue;
                }
                if (name.contains("jasperreports-jdt") || name.contains("ecj")) {
                    compilerJars.add(name);
                }
                if (name.contains("/solarpm-reports-")) {
                    try (JarInputStream jar = new JarInputStream(zip.getInputStream(e))) {
                        for (JarEntry j = jar.getNextJarEntry(); j != null; j = jar.getNextJarEntry()) {
                            (j.getName().endsWith(".jasper") ? jasper : j.getName().endsWith(".jrxml") ? jrxml : new ArrayList<String>()).add(j.getName());
                        }
                    }
                }
            }
        }
        if (jasper.isEmpty() || !compilerJars.isEmpty() || !jrxml.isEmpty()) {
            throw new IllegalStateException("templates not precompiled: jasper " + jasper + ", jrxml " + jrxml + ", compiler " + compilerJars);
        }
        return "precompiled templates in the WAR: " + jasper + "; no .jrxml, no JasperReports compiler in WEB-INF/lib";
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "?";
        }
    }
}
