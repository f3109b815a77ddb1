package org.solarpm.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Generic JSON webhook: {@code {event, title, text}} with the event key also in {@code X-SolarPM-Event}
 * (receivers can drop repeats); with a secret, {@code X-SolarPM-Signature} is base64 HMAC-SHA256 of the body.
 */
@ApplicationScoped
public class WebhookNotifier implements Notifier {

    /** Looked up once: the static factories of jakarta.json.Json search for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @PersistenceContext
    EntityManager em;

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public void send(Delivery d) throws Exception {
        NotificationChannel c = GroupNotifiers.channelOf(em, d);
        String json = JSON.createObjectBuilder().add("event", d.eventKey()).add("title", d.subject()).add("text", d.body()).build().toString();
        GroupNotifiers.post(c.getUrl(), json, d.eventKey(), c.hasSecret() ? hmac(c.getSecret(), json) : null);
    }

    static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
