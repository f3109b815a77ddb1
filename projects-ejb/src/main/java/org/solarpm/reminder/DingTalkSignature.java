package org.solarpm.reminder;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * DingTalk robot signing: {@code sign = urlEncode(base64(HmacSHA256(key = secret, data = timestamp + "\n" + secret)))},
 * sent as the {@code timestamp} and {@code sign} query parameters.
 */
public final class DingTalkSignature {

    private DingTalkSignature() {
    }

    public static String sign(long timestampMillis, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] raw = mac.doFinal((timestampMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(raw);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String signedUrl(String url, long timestampMillis, String secret) {
        return url + (url.contains("?") ? "&" : "?") + "timestamp=" + timestampMillis + "&sign="
                + URLEncoder.encode(sign(timestampMillis, secret), StandardCharsets.UTF_8);
    }
}
