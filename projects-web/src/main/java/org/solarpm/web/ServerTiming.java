package org.solarpm.web.board;

import java.util.Locale;

/** {@code Server-Timing} values, so that clients and benchmarks see the server's share of a request. */
final class ServerTiming {

    private ServerTiming() {
    }

    static String since(String name, long startNanos) {
        return String.format(Locale.ROOT, "%s;dur=%.2f", name, (System.nanoTime() - startNanos) / 1e6);
    }
}
