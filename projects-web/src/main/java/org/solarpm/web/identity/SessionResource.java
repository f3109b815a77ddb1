package org.solarpm.web.identity;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.solarpm.identity.AuthenticationService;
import org.solarpm.identity.SignInResult;
import org.solarpm.shared.DomainException;
import org.solarpm.shared.Messages;
import org.solarpm.web.problem.Problem;
import org.solarpm.web.problem.ProblemMapping;
import org.solarpm.web.security.AuthenticationFilter;
import org.solarpm.web.security.ClientAddress;
import org.solarpm.web.security.CurrentUser;
import org.solarpm.web.security.Public;

/** Sign in ({@code POST}) and out ({@code DELETE}). */
@Path("/session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    /** What a successful sign-in returns; the token also works as {@code Authorization: Bearer}. */
    public record SessionInfo(Account user, Set<String> roles, String token, String expiresAt) {
    }

    @Inject
    AuthenticationService authentication;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpServletRequest request;

    @POST
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signIn(@Valid @NotNull SignInRequest body) {
        Locale locale = currentUser.locale();
        SignInResult result = authentication.signIn(body.username(), body.password(), ClientAddress.of(request),
                request.getHeader("User-Agent"));
        if (result instanceof SignInResult.Success s) {
            Locale userLocale = "en".equals(s.user().getLanguage()) ? Messages.EN : Messages.ZH_CN;
            Account account = Account.of(s.user(), userLocale);
            return Response.ok(new SessionInfo(account, new TreeSet<>(account.roles()), s.token(), s.expiresAt().toString()))
                    .cookie(cookie(s.token(), (int) Duration.between(java.time.Instant.now(), s.expiresAt()).toSeconds()))
                    .build();
        }
        if (result instanceof SignInResult.Throttled t) {
            long seconds = Math.max(1, t.retryAfter().toSeconds());
            return Response.fromResponse(Problem.response(429, "throttled", locale,
                    Messages.get(locale, "error.throttled", seconds))).header("Retry-After", seconds).build();
        }
        return ProblemMapping.toResponse(new DomainException(DomainException.Kind.UNAUTHENTICATED, "error.badCredentials"), locale);
    }

    @DELETE
    public Response signOut() {
        authentication.signOut(currentUser.actor(), currentUser.token());
        return Response.noContent().cookie(cookie("", 0)).build();
    }

    private NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(AuthenticationFilter.COOKIE)
                .value(value).path("/").httpOnly(true).secure(request.isSecure())
                .sameSite(NewCookie.SameSite.STRICT).maxAge(maxAge).build();
    }
}
