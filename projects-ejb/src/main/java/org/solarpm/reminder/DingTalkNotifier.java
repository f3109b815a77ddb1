package org.solarpm.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** DingTalk group robot: a markdown message, signed (timestamp + sign) when the robot has a secret. */
@ApplicationScoped
public class DingTalkNotifier implements Notifier {

    /** Looked up once: the static factories of jakarta.json.Json search for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @PersistenceContext
    EntityManager em;

    @Override
    public Channel channel() {
        return Channel.DINGTALK;
    }

    @Override
    public void send(Delivery d) throws Exception {
        NotificationChannel c = GroupNotifiers.channelOf(em, d);
        String url = c.hasSecret() ? DingTalkSignature.signedUrl(c.getUrl(), System.currentTimeMillis(), c.getSecret()) : c.getUrl();
        String json = JSON.createObjectBuilder().add("msgtype", "markdown")
                .add("markdown", JSON.createObjectBuilder().add("title", d.subject()).add("text", markdown(d))).build().toString();
        JsonObject answer = GroupNotifiers.jsonOrNull(GroupNotifiers.post(url, json, d.eventKey(), null));
        if (answer != null && answer.containsKey("errcode") && answer.getInt("errcode", 0) != 0) {
            throw new IllegalStateException("DingTalk errcode " + answer.getInt("errcode") + ": " + answer.getString("errmsg", ""));
        }
    }

    static String markdown(Delivery d) {
        return "#### " + d.subject() + "\n\n" + d.body().replace("\n", "\n\n");
    }
}
