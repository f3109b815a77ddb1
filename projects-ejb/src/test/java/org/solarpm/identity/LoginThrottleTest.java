package org.solarpm.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(5, 30, Duration.ofMinutes(15));

    private static List<Instant> failures(int count, Duration spacing) {
        List<Instant> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(NOW.minus(spacing.multipliedBy(i)));
        }
        return list;
    }

    @Test
    void shouldAllowAttemptsBelowTheAccountLimit() {
        assertThat(throttle.retryAfter(failures(4, Duration.ofSeconds(10)), List.of(), NOW)).isEmpty();
    }

    @Test
    void shouldBlockTheAccountAfterFiveFailuresUntilTheOldestLeavesTheWindow() {
        var wait = throttle.retryAfter(failures(5, Duration.ofMinutes(1)), List.of(), NOW);
        // the 5th newest failure happened 4 minutes ago, so it leaves the 15-minute window in 11 minutes
        assertThat(wait).contains(Duration.ofMinutes(11));
    }

    @Test
    void shouldReleaseTheAccountOnceTheWindowHasPassed() {
        List<Instant> old = failures(5, Duration.ofMinutes(4)); // oldest is 16 minutes ago
        assertThat(throttle.retryAfter(old, List.of(), NOW)).isEmpty();
    }

    @Test
    void shouldBlockAnAddressThatTriesManyAccounts() {
        var wait = throttle.retryAfter(List.of(), failures(30, Duration.ofSeconds(5)), NOW);
        assertThat(wait).isPresent();
        assertThat(wait.get()).isLessThanOrEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void shouldReportTheLongerWaitWhenBothLimitsAreHit() {
        var wait = throttle.retryAfter(failures(5, Duration.ofSeconds(1)), failures(30, Duration.ofSeconds(20)), NOW);
        assertThat(wait).contains(Duration.ofMinutes(15).minusSeconds(4));
    }

    @Test
    void shouldSayLockedExactlyOnTheFailureThatReachesTheLimit() {
        assertThat(throttle.locksAccount(4)).isFalse();
        assertThat(throttle.locksAccount(5)).isTrue();
        assertThat(throttle.locksAccount(6)).isFalse();
    }
}
