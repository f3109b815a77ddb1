/**
 * Authentication at the HTTP edge: the session cookie or bearer token of every API request is
 * resolved to an {@link org.solarpm.identity.Actor}; {@code @Public} endpoints skip it and
 * {@code @RequireRole} narrows who may call an endpoint at all. Finer rules live in the services.
 */
package org.solarpm.web.security;
