package org.solarpm.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2 password hashing through Jakarta Security's {@link Pbkdf2PasswordHash}
 * (HMAC-SHA512, 210,000 iterations, 32-byte salt, as OWASP recommends). Passwords are never logged.
 */
@ApplicationScoped
public class PasswordHasher {

    public static final int MIN_LENGTH = 6;
    public static final int MAX_LENGTH = 128;
    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    private Pbkdf2PasswordHash hash;
    private String dummyHash;

    protected PasswordHasher() {
    }

    @Inject
    public PasswordHasher(Pbkdf2PasswordHash hash) {
        this.hash = hash;
        hash.initialize(PARAMETERS);
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        try {
            return hash.verify(password.toCharArray(), storedHash);
        } catch (IllegalArgumentException malformedHash) {
            return false;
        }
    }

    /** Spends the same time as a real check, so an unknown user name cannot be told by timing. */
    public void verifyAgainstNothing(String password) {
        if (dummyHash == null) {
            dummyHash = hash("not-a-real-password");
        }
        hash.verify(password.toCharArray(), dummyHash);
    }
}
