package org.solarpm.board;

import java.util.ArrayList;
import java.util.List;

/**
 * Order keys for cards: strings over {@code 0-9a-z} compared byte by byte (the database column is
 * {@code ascii_bin}), so a card moves between two others by getting a key that sorts between
 * theirs: one row written, no renumbering. Generated keys never end in {@code 0}, which keeps a
 * gap between any two keys; the gap only "runs out" in the sense that keys grow longer, and a key
 * longer than {@link #MAX_LENGTH} asks the caller to {@link #spread} the neighbourhood instead.
 */
public final class Rank {

    /** Longest key written to the database (the column holds 64). */
    public static final int MAX_LENGTH = 48;
    private static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static final int BASE = DIGITS.length();

    private Rank() {
    }

    /**
     * A key strictly between {@code lower} and {@code upper}; null bounds mean "first" and "last".
     * Returns the shortest key the digit-by-digit midpoint gives.
     *
     * @throws IllegalArgumentException if the bounds are not in order or no key fits between them
     */
    public static String between(String lower, String upper) {
        String a = lower == null ? "" : lower;
        String b = upper;
        check(a);
        if (b != null) {
            check(b);
            if (a.compareTo(b) >= 0) {
                throw new IllegalArgumentException("ranks out of order: " + lower + " / " + upper);
            }
        }
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; ; i++) {
            int da = i < a.length() ? digit(a.charAt(i)) : -1;
            int db;
            if (b == null) {
                db = BASE;
            } else if (i < b.length()) {
                db = digit(b.charAt(i));
            } else {
                throw new IllegalArgumentException("no key between " + lower + " and " + upper);
            }
            if (da == db) {
                prefix.append(DIGITS.charAt(da));
                continue;
            }
            // Stop here with a digit above a's (at least 1, so no key ends in 0) and below b's.
            int lo = da < 0 ? 1 : da + 1;
            int hi = db - 1;
            if (lo <= hi) {
                return prefix.append(DIGITS.charAt((lo + hi) / 2)).toString();
            }
            // No such digit: take a's (or 0) and go one digit deeper; below b's digit, b no longer limits.
            int x = Math.max(da, 0);
            prefix.append(DIGITS.charAt(x));
            if (x < db) {
                b = null;
            }
        }
    }

    /** Whether a freshly computed key should rather be replaced by spreading the neighbourhood. */
    public static boolean tooLong(String rank) {
        return rank.length() > MAX_LENGTH;
    }

    /**
     * {@code n} increasing keys strictly between the bounds, as evenly spaced as bisection gives;
     * used to re-space a bounded window of cards when keys have grown too long.
     */
    public static List<String> spread(String lower, String upper, int n) {
        String[] out = new String[n];
        fill(out, 0, n, lower, upper);
        return new ArrayList<>(List.of(out));
    }

    private static void fill(String[] out, int from, int to, String lower, String upper) {
        if (from >= to) {
            return;
        }
        int mid = (from + to) >>> 1;
        out[mid] = between(lower, upper);
        fill(out, from, mid, lower, out[mid]);
        fill(out, mid + 1, to, out[mid], upper);
    }

    private static int digit(char c) {
        int d = DIGITS.indexOf(c);
        if (d < 0) {
            throw new IllegalArgumentException("not a rank digit: " + c);
        }
        return d;
    }

    private static void check(String s) {
        for (int i = 0; i < s.length(); i++) {
            digit(s.charAt(i));
        }
    }
}
