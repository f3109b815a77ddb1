package org.solarpm.dailyreport;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.solarpm.shared.CompanyClock;

/**
 * The company's report deadline policy from MicroProfile Config: {@code solarpm.daily-report.deadline}
 * (default 24:00) and {@code solarpm.daily-report.grace-end} (default 09:00, next day when not after
 * the deadline), in the company time zone. A bad value stops the application at start-up.
 */
@ApplicationScoped
public class DeadlineSettings {

    @Inject
    @ConfigProperty(name = "solarpm.daily-report.deadline", defaultValue = "24:00")
    String deadline;

    @Inject
    @ConfigProperty(name = "solarpm.daily-report.grace-end", defaultValue = "09:00")
    String graceEnd;

    @Inject
    CompanyClock clock;

    private DeadlinePolicy policy;

    @PostConstruct
    void init() {
        policy = DeadlinePolicy.of(deadline, graceEnd, clock.zone());
    }

    public DeadlinePolicy policy() {
        return policy;
    }
}
