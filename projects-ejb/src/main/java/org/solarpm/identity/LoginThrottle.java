package org.solarpm.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The throttling rule for sign-in: after {@code maxPerAccount} failures for one account, or
 * {@code maxPerAddress} failures from one client address, inside the window, further attempts are
 * refused until the oldest counted failure leaves the window.
 */
public record LoginThrottle(int maxPerAccount, int maxPerAddress, Duration window) {

    public static final LoginThrottle DEFAULT = new LoginThrottle(5, 30, Duration.ofMinutes(15));

    /**
     * @param accountFailures failures of the account inside the window, newest first
     * @param addressFailures failures from the address inside the window, newest first
     * @return how long to wait before the next attempt, or empty if an attempt is allowed now
     */
    public Optional<Duration> retryAfter(List<Instant> accountFailures, List<Instant> addressFailures, Instant now) {
        Optional<Duration> account = waitFor(accountFailures, maxPerAccount, now);
        Optional<Duration> address = waitFor(addressFailures, maxPerAddress, now);
        if (account.isPresent() && address.isPresent()) {
            return Optional.of(account.get().compareTo(address.get()) >= 0 ? account.get() : address.get());
        }
        return account.isPresent() ? account : address;
    }

    /** True when this failure is the one that locks the account. */
    public boolean locksAccount(int accountFailuresIncludingThis) {
        return accountFailuresIncludingThis == maxPerAccount;
    }

    public Instant windowStart(Instant now) {
        return now.minus(window);
    }

    private Optional<Duration> waitFor(List<Instant> newestFirst, int max, Instant now) {
        if (newestFirst.size() < max) {
            return Optional.empty();
        }
        Instant oldestCounted = newestFirst.get(max - 1);
        Duration wait = Duration.between(now, oldestCounted.plus(window));
        return wait.isNegative() || wait.isZero() ? Optional.empty() : Optional.of(wait);
    }
}
