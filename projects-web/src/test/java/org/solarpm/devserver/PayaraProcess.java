package org.solarpm.devserver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro running the SolarPM WAR in a child JVM: always {@code --nocluster}, HTTP bound to the
 * given (loopback by default) address, no phone-home. {@link #awaitReady} waits for SolarPM's own
 * readiness check, not for Payara's log line.
 */
public final class PayaraProcess implements AutoCloseable {

    private final Process process;
    private final String baseUrl;

    private PayaraProcess(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /**
     * @param log file for the server's output, or {@code null} to share this process's console
     */
    public static PayaraProcess start(Path microJar, Path war, String address, int port, String heap,
                                      Map<String, String> environment, Path workDir, Path log) throws IOException {
        Files.createDirectories(workDir);
        // A root directory left by an earlier run still lists the old WAR as deployed: Payara starts
        // that copy first and only then redeploys --deploy, so /health/ready would answer from the
        // stale app, which then disappears for the redeploy. Always start from an empty root.
        deleteRecursively(workDir.resolve("payara-root"));
        Path preboot = workDir.resolve("preboot.asadmin");
        Files.writeString(preboot, String.join("\n",
                "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=" + address,
                "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.xpowered-by=false",
                "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.server-header=false",
                ""));
        Path tmp = Files.createDirectories(workDir.resolve("tmp"));
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Xss512k", "-XX:+UseSerialGC".equals(System.getenv("SOLARPM_GC")) ? "-XX:+UseSerialGC" : "-XX:+UseG1GC",
                "-Djava.io.tmpdir=" + tmp,
                "-Duser.timezone=Asia/Shanghai",
                "-Dfile.encoding=UTF-8",
                "-Djava.net.preferIPv4Stack=true",
                "-jar", microJar.toString(),
                "--nocluster",
                "--disablephonehome",
                "--port", Integer.toString(port),
                "--prebootcommandfile", preboot.toString(),
                "--rootdir", workDir.resolve("payara-root").toString(),
                "--contextroot", "/",
                "--deploy", war.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile());
        pb.environment().putAll(environment);
        pb.environment().put("HOME", workDir.toString());
        if (log == null) {
            pb.inheritIO();
        } else {
            Files.createDirectories(log.getParent());
            pb.redirectErrorStream(true).redirectOutput(log.toFile());
        }
        String host = "0.0.0.0".equals(address) ? "127.0.0.1" : address;
        return new PayaraProcess(pb.start(), "http://" + host + ":" + port);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    public String baseUrl() {
        return baseUrl;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until {@code /health/ready} reports SolarPM's own check UP. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with code " + process.exitValue());
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("solarpm-database")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("SolarPM was not ready within " + timeout + " at " + baseUrl);
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
