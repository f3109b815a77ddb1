package org.solarpm.shared;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The company's clock: "now" and "today" in the company time zone (Asia/Shanghai by default).
 * Tests and demos may shift it; production uses the system clock.
 */
@ApplicationScoped
public class CompanyClock {

    @Inject
    @ConfigProperty(name = "solarpm.timezone", defaultValue = "Asia/Shanghai")
    String zoneName;

    private volatile Clock clock;

    public CompanyClock() {
    }

    public CompanyClock(Clock clock) {
        this.clock = clock;
    }

    @PostConstruct
    void init() {
        clock = Clock.system(ZoneId.of(zoneName));
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ZonedDateTime zonedNow() {
        return ZonedDateTime.now(clock);
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    /** Replaces the clock, e.g. to check deadlines at a fixed instant. */
    public void use(Clock newClock) {
        this.clock = newClock;
    }
}
