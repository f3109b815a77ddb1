package org.solarpm.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole benchmark suite in one command, on a fresh clone:
 * <pre>
 * ./mvnw -q -Pbench -DskipTests verify -Dbench=BenchmarkSuite          # -Dquick=true for a small, fast run
 * </pre>
 * Maven builds the application; this starts it (Payara Micro, heap 512 MB) on its own embedded
 * MariaDB, or on {@code SOLARPM_DB_URL} when set, with demo data; writes the company-scale data set
 * (1,000 projects with three years of daily reports, 1,000,000 price-history rows, boards of 1,000
 * and 5,000 cards); then runs every scenario against it over loopback HTTP, each warmed up and
 * bounded in requests and time. It prints one table (median, p95, throughput, SQL statements per
 * request, the app's heap and RSS after each scenario, the target and whether it is met)
 * and appends it to docs/BENCHMARKS.md with the date, commit and machine.
 */
public final class BenchmarkSuite {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A scenario's target: what the issue asks for, and how to tell from a result row. */
    private record Target(String scenario, String measure, String text, double maxMedian, double maxP95, double minValue) {

        boolean applies(Results.Row r) {
            return r.scenario().startsWith(scenario) && r.measure().startsWith(measure);
        }

        String verdict(Results.Row r) {
            boolean ok = (Double.isNaN(maxMedian) || r.median() < maxMedian)
                    && (Double.isNaN(maxP95) || Double.isNaN(r.p95()) || r.p95() < maxP95)
                    && (Double.isNaN(minValue) || r.median() >= minValue);
            return ok ? "yes" : "**no**";
        }
    }

    private static final double X = Double.NaN;
    private static final List<Target> TARGETS = List.of(
            new Target("cold start", "launch to ready", "< 60 s", 60, X, X),
            new Target("create a 100 MWp project", "server-side", "median < 300 ms", 300, X, X),
            new Target("board 1,000 cards", "GET board, in the server", "median < 15 ms, p95 < 40 ms", 15, 40, X),
            new Target("board 1,000 cards", "move, in the server", "median < 5 ms", 5, X, X),
            new Target("board 1,000 cards", "moves/s", ">= 500/s", X, X, 500),
            new Target("board 1,000 cards", "ratio", "<= 2x", 2.0001, X, X),
            new Target("board 5,000 cards", "GET board, in the server", "within 2x: median < 30 ms, p95 < 80 ms", 30, 80, X),
            new Target("board 5,000 cards", "move, in the server", "within 2x: median < 10 ms", 10, X, X),
            new Target("board 5,000 cards", "moves/s", "within 2x: >= 250/s", X, X, 250),
            new Target("board 5,000 cards", "ratio", "<= 2x", 2.0001, X, X),
            new Target("portfolio dashboard", "portfolio in the server (Server-Timing)", "median < 50 ms, p95 < 100 ms", 50, 100, X),
            new Target("portfolio dashboard", "ratio", "<= 2x", 2.0001, X, X),
            new Target("daily report submission", "POST submit", "median < 20 ms", 20, X, X),
            new Target("daily report submission", "reports filed/s", ">= 200/s", X, X, 200),
            new Target("price check", "price check in the server", "median < 10 ms", 10, X, X),
            new Target("price-history import", "import ", "< 30 s", 30, X, X),
            new Target("exports", "daily-reports.xlsx end to end", "< 3 s (100,000 rows)", 3000, X, X),
            new Target("exports", "server used heap during export", "<= 256 MiB", 256.0001, X, X),
            new Target("exports", "daily-digest.pdf end to end", "< 2 s (200 active projects)", 2000, X, X),
            new Target("deadline sweep", "sweep, server", "< 2 s", 2000, X, X),
            new Target("", "app heap used", "<= 512 MiB", 512.0001, X, X));

    private BenchmarkSuite() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = Boolean.getBoolean("quick");
        long suiteStart = System.nanoTime();
        Path home = Path.of(System.getProperty("solarpm.home", ".")).toAbsolutePath();
        String machine = machine();
        String loadBefore = loadAverage();
        Map<String, String[]> sizes = new LinkedHashMap<>();
        try (BenchServer app = BenchServer.start("suite", 3397, 18497)) {
            System.setProperty("base", app.baseUrl());
            System.setProperty("db", app.dbUrl());
            System.setProperty("pid", Long.toString(app.pid()));
            Results.scenario("cold start");
            Results.value("launch to ready (migrations, demo data)", app.startSeconds(), "s");
            footprint(app);

            run(app, "generate the company", Map.of("generate.projects", quick ? "100" : "1000"), () -> {
                long t0 = System.nanoTime();
                GenerateCompany.main(new String[0]);
                Results.value("data set written (direct JDBC)", (System.nanoTime() - t0) / 1e9, "s");
            });
            run(app, "create a 100 MWp project", Map.of("runs", quick ? "10" : "30"), () -> CreateProjectBenchmark.main(new String[0]));
            run(app, "board", Map.of("seconds", quick ? "5" : "15"), () -> BoardBenchmark.main(new String[0]));
            run(app, "portfolio dashboard", Map.of(), () -> PortfolioDashboardBenchmark.main(new String[0]));
            run(app, "daily report submission", Map.of("seconds", quick ? "10" : "30"), () -> ReportSubmitBenchmark.main(new String[0]));
            run(app, "price check", Map.of("rows", quick ? "100000" : "1000000", "checks", quick ? "200" : "500"),
                    () -> PriceCheckBenchmark.main(new String[0]));
            run(app, "price-history import", Map.of("rows", quick ? "20000" : "100000", "runs", "1"),
                    () -> PriceImportBenchmark.main(new String[0]));
            run(app, "exports", Map.of(), () -> {
                for (ExportBenchmark.Figure f : ExportBenchmark.run(app.baseUrl(), quick ? 2 : 5,
                        LocalDate.now(GeneratedCompany.ZONE).minusDays(1))) {
                    System.out.println(f);
                }
            });
            run(app, "deadline sweep", Map.of("projects", quick ? "200" : "1000", "runs", "3"),
                    () -> DeadlineSweepBenchmark.main(new String[0]));
        }
        double minutes = (System.nanoTime() - suiteStart) / 60e9;
        String table = table();
        System.out.println();
        System.out.println(table);
        System.out.printf("suite ran %.1f min; load average before %s, after %s%n", minutes, loadBefore, loadAverage());
        if (!quick || Boolean.getBoolean("record")) {
            append(home.resolve("docs/BENCHMARKS.md"), table, machine, loadBefore, minutes, quick);
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    /** Runs one scenario with its system properties, then records the app's heap and RSS. */
    private static void run(BenchServer app, String scenario, Map<String, String> properties, Step step) throws Exception {
        System.out.printf("%n##### %s #####%n", scenario);
        Results.scenario(scenario);
        Map<String, String> previous = new LinkedHashMap<>();
        properties.forEach((k, v) -> previous.put(k, System.setProperty(k, v)));
        long t0 = System.nanoTime();
        try {
            step.run();
        } catch (Exception | Error e) {
            // one failing scenario must not hide the others' figures
            System.out.println("SCENARIO FAILED: " + e);
            e.printStackTrace(System.out);
            Results.value("FAILED: " + e.getClass().getSimpleName() + " " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""),
                    Double.NaN, "");
        } finally {
            previous.forEach((k, v) -> {
                if (v == null) {
                    System.clearProperty(k);
                } else {
                    System.setProperty(k, v);
                }
            });
        }
        System.out.printf("(%s took %.0f s)%n", scenario, (System.nanoTime() - t0) / 1e9);
        footprint(app);
    }

    /** The app's used heap (after a GC hint is not possible remotely: as reported) and its resident set size. */
    private static void footprint(BenchServer app) {
        String scenario = Results.scenario();
        try {
            String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/metrics")).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            for (String line : metrics.split("\n")) {
                if (line.startsWith("memory_usedHeap_bytes")) {
                    String[] parts = line.split(" ");
                    Results.value("app heap used", Double.parseDouble(parts[parts.length - 1]) / (1024 * 1024), "MiB");
                }
            }
        } catch (Exception e) {
            System.out.println("no heap reading: " + e);
        }
        if (app.pid() > 0) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + app.pid() + "/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        Results.value("app RSS", Double.parseDouble(line.replaceAll("[^0-9]", "")) / 1024, "MiB");
                    }
                }
            } catch (IOException e) {
                System.out.println("no RSS reading: " + e);
            }
        }
        Results.scenario(scenario);
    }

    static String table() {
        StringBuilder sb = new StringBuilder();
        sb.append("| scenario | measure | n | median | p95 | target | met |\n|---|---|---|---|---|---|---|\n");
        for (Results.Row r : Results.rows()) {
            Target t = TARGETS.stream().filter(x -> x.applies(r)).findFirst().orElse(null);
            sb.append("| ").append(r.scenario()).append(" | ").append(r.measure()).append(" | ").append(r.n()).append(" | ")
                    .append(number(r.median(), r.unit())).append(" | ").append(Double.isNaN(r.p95()) ? "" : number(r.p95(), r.unit()))
                    .append(" | ").append(t == null ? "" : t.text()).append(" | ").append(t == null || Double.isNaN(r.median()) ? "" : t.verdict(r))
                    .append(" |\n");
        }
        return sb.toString();
    }

    private static String number(double v, String unit) {
        if (Double.isNaN(v)) {
            return "—";
        }
        String n = Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
        return unit == null || unit.isEmpty() ? n : n + " " + unit;
    }

    private static void append(Path file, String table, String machine, String load, double minutes, boolean quick) throws IOException {
        String section = "\n## Benchmark suite run " + LocalDate.now(ZoneId.of("Asia/Shanghai")) + " (commit " + commit() + ")\n\n"
                + "Command: `./mvnw -q -Pbench -DskipTests verify -Dbench=BenchmarkSuite`" + (quick ? " `-Dquick=true`" : "")
                + String.format(Locale.ROOT, "; the suite itself took %.1f min after the build.%n%n", minutes)
                + "Machine: " + machine + "; load average before the run: " + load + ".\n\n" + table;
        Files.writeString(file, section, StandardOpenOption.APPEND, StandardOpenOption.CREATE);
        System.out.println("appended to " + file);
    }

    private static String commit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String sha = new String(p.getInputStream().readAllBytes()).strip();
            p.waitFor(10, TimeUnit.SECONDS);
            Process d = new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=no").redirectErrorStream(true).start();
            boolean dirty = !new String(d.getInputStream().readAllBytes()).isBlank();
            d.waitFor(10, TimeUnit.SECONDS);
            return sha + (dirty ? ", with uncommitted changes" : "");
        } catch (Exception e) {
            return "unknown";
        }
    }

    static String machine() {
        String cpu = "unknown CPU";
        String mem = "";
        String os = System.getProperty("os.name");
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
            mem = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> String.format(Locale.ROOT, "%.0f GiB RAM", Double.parseDouble(l.replaceAll("[^0-9]", "")) / 1024 / 1024))
                    .findFirst().orElse("");
            os = Files.readAllLines(Path.of("/etc/os-release")).stream().filter(l -> l.startsWith("PRETTY_NAME="))
                    .map(l -> l.substring(12).replace("\"", "")).findFirst().orElse(os);
        } catch (IOException e) {
            // not Linux: keep what the JVM says
        }
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + mem + ", " + os + ", Java "
                + System.getProperty("java.version");
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " / " + f[1] + " / " + f[2];
        } catch (IOException e) {
            return "n/a";
        }
    }
}
