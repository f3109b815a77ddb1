package org.solarpm.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the JVM has heap to spare. */
@Liveness
@ApplicationScoped
public class LivenessCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        boolean up = used < rt.maxMemory() * 0.98;
        return HealthCheckResponse.named("solarpm-heap").status(up)
                .withData("usedMiB", used / (1024 * 1024)).withData("maxMiB", rt.maxMemory() / (1024 * 1024)).build();
    }
}
