package org.solarpm.web.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client's address for throttling and the audit log. Behind a reverse proxy set
 * {@code SOLARPM_HTTP_TRUST_PROXY=true} so that the first X-Forwarded-For entry is used.
 */
public final class ClientAddress {

    private static final boolean TRUST_PROXY = Boolean.parseBoolean(
            System.getenv().getOrDefault("SOLARPM_HTTP_TRUST_PROXY", System.getProperty("solarpm.http.trustProxy", "false")));

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        if (TRUST_PROXY) {
            String forwarded = request.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String first = forwarded.split(",")[0].trim();
                return first.length() > 64 ? first.substring(0, 64) : first;
            }
        }
        return request.getRemoteAddr();
    }
}
