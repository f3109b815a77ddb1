package org.solarpm.reminder;

/** One outbox row claimed for sending. */
public record Delivery(long id, String eventKey, Channel channel, String recipient, String address, String subject, String body,
                       int attempts) {

    /** The group channel id of a DingTalk or webhook delivery ({@code channel:<id>}). */
    public long channelId() {
        return Long.parseLong(recipient.substring(recipient.indexOf(':') + 1));
    }
}
