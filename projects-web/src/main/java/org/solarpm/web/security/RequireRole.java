package org.solarpm.web.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.solarpm.identity.Role;

/**
 * Only users holding one of these company roles may call the endpoint (403 otherwise). SolarPM's
 * own annotation: {@code @RolesAllowed} would hand the request to the container's security, which
 * knows nothing of SolarPM tokens and answers with an HTML page.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequireRole {
    Role[] value();
}
