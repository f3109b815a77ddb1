package org.solarpm.web.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.solarpm.identity.Actor;
import org.solarpm.identity.Role;
import org.solarpm.identity.SessionTokens;
import org.solarpm.shared.DomainException;
import org.solarpm.shared.SqlStatementCounter;
import org.solarpm.web.problem.ProblemMapping;
import org.solarpm.web.problem.RequestLocale;

/**
 * Resolves the session cookie or {@code Authorization: Bearer} token of each API request. Unknown,
 * expired or revoked tokens get 401 at once (tokens are looked up on every request, so deactivation
 * bites immediately, on every app instance). Also reports the number of SQL statements a request
 * issued in {@code X-SQL-Statements} when diagnostics are on.
 */
@Priority(Priorities.AUTHENTICATION)
@jakarta.ws.rs.ext.Provider
public class AuthenticationFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String COOKIE = "SOLARPM_SESSION";

    @Context
    ResourceInfo resourceInfo;

    @Context
    HttpServletRequest servletRequest;

    @Inject
    SessionTokens tokens;

    @Inject
    CurrentUser currentUser;

    @Inject
    @ConfigProperty(name = "solarpm.diagnostics.sql-count", defaultValue = "false")
    boolean sqlCountHeader;

    @Override
    public void filter(ContainerRequestContext request) {
        SqlStatementCounter.reset();
        // ?lang= wins over Accept-Language: a download link opened by the browser carries the UI's language that way
        String lang = request.getUriInfo().getQueryParameters().getFirst("lang");
        Locale locale = RequestLocale.ofHeader(lang != null && !lang.isBlank() ? lang : request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        currentUser.locale(locale);
        if (isAnnotated(Public.class)) {
            return;
        }
        String token = tokenOf(request);
        Optional<SessionTokens.SignedIn> user = tokens.resolve(token);
        if (user.isEmpty()) {
            request.abortWith(ProblemMapping.toResponse(
                    new DomainException(DomainException.Kind.UNAUTHENTICATED, "error.unauthenticated"), locale));
            return;
        }
        Actor actor = user.get().actor(locale, ClientAddress.of(servletRequest));
        currentUser.set(actor, token);
        RequireRole allowed = annotation(RequireRole.class);
        if (allowed != null && Arrays.stream(allowed.value()).noneMatch(actor::has)) {
            request.abortWith(ProblemMapping.toResponse(DomainException.forbidden(), locale));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (sqlCountHeader) {
            response.getHeaders().putSingle("X-SQL-Statements", SqlStatementCounter.current());
        }
    }

    static String tokenOf(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return header.substring(7).trim();
        }
        Cookie cookie = request.getCookies().get(COOKIE);
        return cookie == null ? null : cookie.getValue();
    }

    private boolean isAnnotated(Class<? extends java.lang.annotation.Annotation> type) {
        return annotation(type) != null;
    }

    private <A extends java.lang.annotation.Annotation> A annotation(Class<A> type) {
        if (resourceInfo == null || resourceInfo.getResourceMethod() == null) {
            return null;
        }
        A onMethod = ((AnnotatedElement) resourceInfo.getResourceMethod()).getAnnotation(type);
        return onMethod != null ? onMethod : resourceInfo.getResourceClass().getAnnotation(type);
    }
}
