package org.solarpm.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.solarpm.shared.CompanyClock;

/**
 * Sign-in, sign-out and the resolution of bearer tokens. Tokens are random, stored hashed, expire
 * after {@code solarpm.session.hours} and die with their user's deactivation.
 */
@Stateless
public class AuthenticationService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog audit;

    @Inject
    CompanyClock clock;

    @Inject
    @ConfigProperty(name = "solarpm.session.hours", defaultValue = "12")
    int sessionHours;

    @Inject
    @ConfigProperty(name = "solarpm.login.max-failures-per-account", defaultValue = "5")
    int maxFailuresPerAccount;

    @Inject
    @ConfigProperty(name = "solarpm.login.max-failures-per-address", defaultValue = "30")
    int maxFailuresPerAddress;

    private LoginThrottle throttle = LoginThrottle.DEFAULT;

    @jakarta.annotation.PostConstruct
    void init() {
        throttle = new LoginThrottle(maxFailuresPerAccount, maxFailuresPerAddress, LoginThrottle.DEFAULT.window());
    }

    public SignInResult signIn(String username, String password, String clientIp, String userAgent) {
        Instant now = clock.now();
        String name = username == null ? "" : username.trim();
        List<Instant> accountFailures = em.createNamedQuery(LoginFailure.RECENT_FOR_USER, Instant.class)
                .setParameter("username", clip(name)).setParameter("since", throttle.windowStart(now)).getResultList();
        List<Instant> addressFailures = em.createNamedQuery(LoginFailure.RECENT_FOR_IP, Instant.class)
                .setParameter("ip", clientIp).setParameter("since", throttle.windowStart(now)).getResultList();
        Optional<Duration> wait = throttle.retryAfter(accountFailures, addressFailures, now);
        if (wait.isPresent()) {
            return new SignInResult.Throttled(wait.get());
        }
        User user = findByUsername(name).filter(User::isActive).orElse(null);
        boolean ok;
        if (user == null) {
            hasher.verifyAgainstNothing(password);
            ok = false;
        } else {
            ok = hasher.verify(password, user.getPasswordHash());
        }
        if (!ok) {
            em.persist(new LoginFailure(name, clientIp, now));
            audit.recordAnonymous(clip(name), AuditLog.LOGIN_FAILED, null, clientIp);
            if (throttle.locksAccount(accountFailures.size() + 1)) {
                audit.recordAnonymous(clip(name), AuditLog.LOCKOUT, "account locked for " + throttle.window(), clientIp);
            }
            return new SignInResult.Rejected();
        }
        em.createNamedQuery(LoginFailure.CLEAR_FOR_USER).setParameter("username", clip(name)).executeUpdate();
        String token = newToken();
        Instant expires = now.plus(Duration.ofHours(sessionHours));
        em.persist(new AuthToken(sha256(token), user, now, expires, clientIp, userAgent));
        audit.record(Actor.of(user, Locale.ROOT, clientIp), AuditLog.LOGIN, "User", user.getId(), userAgent);
        return new SignInResult.Success(token, expires, user);
    }

    /** The active user behind a token, or empty if the token is unknown, expired or revoked. */
    public Optional<User> userOf(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.now();
        return em.createNamedQuery(AuthToken.BY_HASH, AuthToken.class)
                .setParameter("hash", sha256(token))
                .getResultList().stream()
                .filter(t -> t.isValidAt(now))
                .map(AuthToken::getUser)
                .findFirst();
    }

    public void signOut(Actor actor, String token) {
        em.createNamedQuery(AuthToken.DELETE_BY_HASH).setParameter("hash", sha256(token)).executeUpdate();
        audit.record(actor, AuditLog.LOGOUT, "User", actor.id(), null);
    }

    /** Housekeeping: forget expired tokens and old failures. */
    public int purgeExpired() {
        Instant now = clock.now();
        int tokens = em.createNamedQuery(AuthToken.DELETE_EXPIRED).setParameter("now", now).executeUpdate();
        em.createNamedQuery(LoginFailure.DELETE_OLDER).setParameter("before", throttle.windowStart(now)).executeUpdate();
        return tokens;
    }

    private Optional<User> findByUsername(String username) {
        return em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("username", username)
                .getResultList().stream().findFirst();
    }

    private static String clip(String s) {
        return s.length() > 64 ? s.substring(0, 64) : s;
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
