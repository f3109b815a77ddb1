package org.solarpm.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(new Pbkdf2PasswordHashImpl());

    @Test
    void shouldVerifyTheRightPasswordAndRejectAWrongOne() {
        String hash = hasher.hash("solarpm-秘密");
        assertThat(hasher.verify("solarpm-秘密", hash)).isTrue();
        assertThat(hasher.verify("solarpm-秘", hash)).isFalse();
    }

    @Test
    void shouldUseStrongPbkdf2AndNeverStoreThePassword() {
        String hash = hasher.hash("correct horse");
        assertThat(hash).startsWith("PBKDF2WithHmacSHA512:210000:").doesNotContain("correct horse");
    }

    @Test
    void shouldSaltEveryHash() {
        assertThat(hasher.hash("same")).isNotEqualTo(hasher.hash("same"));
    }

    @Test
    void shouldTreatAMalformedStoredHashAsWrongPassword() {
        assertThat(hasher.verify("x", "not-a-hash")).isFalse();
    }
}
