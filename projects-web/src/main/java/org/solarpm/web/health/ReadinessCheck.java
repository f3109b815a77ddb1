package org.solarpm.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.solarpm.shared.DatabaseMigration;

/**
 * Ready when the schema is migrated and the database answers. Scripts wait for this check by name
 * ({@value #NAME}): an undeployed app has no checks at all, which Payara would still call "UP".
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    public static final String NAME = "solarpm-database";

    @Inject
    DatabaseMigration migration;

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        boolean up = migration.isMigrated();
        if (up) {
            try (Connection c = dataSource.getConnection()) {
                up = c.isValid(2);
            } catch (Exception e) {
                up = false;
            }
        }
        return HealthCheckResponse.named(NAME).status(up).build();
    }
}
