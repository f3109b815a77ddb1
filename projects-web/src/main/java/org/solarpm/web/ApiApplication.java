package org.solarpm.web;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The SolarPM HTTP API under {@code /api/v1}, and the application datasource. Database settings come
 * from MicroProfile Config ({@code SOLARPM_DB_URL}, {@code SOLARPM_DB_USER}, {@code SOLARPM_DB_PASSWORD}).
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "SolarPM API", version = "1", description = "Project management for solar EPC companies"))
@DataSourceDefinition(
        name = "java:app/jdbc/solarpm",
        className = "com.mysql.cj.jdbc.MysqlDataSource",
        url = "${MPCONFIG=solarpm.db.url}",
        user = "${MPCONFIG=solarpm.db.user}",
        password = "${MPCONFIG=solarpm.db.password}",
        minPoolSize = 4,
        maxPoolSize = 48,
        properties = {
            "queryInterceptors=org.solarpm.shared.SqlStatementCounter",
            "characterEncoding=UTF-8",
            "connectionCollation=utf8mb4_unicode_ci",
            "cachePrepStmts=true",
            // parse each distinct statement once per connection (the driver's defaults keep 25 statements of at most 256 characters)
            "prepStmtCacheSize=500",
            "prepStmtCacheSqlLimit=4096",
            // no round trips for autocommit / read-only state the driver already knows
            "useLocalSessionState=true",
            "useLocalTransactionState=true",
            "cacheServerConfiguration=true",
            "useServerPrepStmts=false",
            "rewriteBatchedStatements=true",
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
            "fish.payara.fail-all-connections=true",
            // validate a pooled connection at most every 10 s instead of one SELECT '1' per checkout
            "fish.payara.validate-atmost-once-period-in-seconds=10"
        })
public class ApiApplication extends Application {
}
