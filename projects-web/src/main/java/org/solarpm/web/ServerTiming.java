package org.solarpm.web;

import java.util.Locale;

/** {@code Server-Timing} values, so that clients and benchmarks see the server's share of a request. */
public final class ServerTiming {

    private ServerTiming() {
    }

    /** {@code name;dur=12.34}: milliseconds since {@code startNanos} ({@link System#nanoTime()}). */
    public static String since(String name, long startNanos) {
        return String.format(Locale.ROOT, "%s;dur=%.2f", name, (System.nanoTime() - startNanos) / 1e6);
    }
}
