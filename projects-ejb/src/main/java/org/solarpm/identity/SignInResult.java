package org.solarpm.identity;

import java.time.Duration;
import java.time.Instant;

/** The outcome of a sign-in attempt. Failures are results, not exceptions, so that they are recorded. */
public sealed interface SignInResult {

    record Success(String token, Instant expiresAt, User user) implements SignInResult {
    }

    /** Wrong user name or wrong password: deliberately indistinguishable. */
    record Rejected() implements SignInResult {
    }

    record Throttled(Duration retryAfter) implements SignInResult {
    }
}
