package org.solarpm.reminder;

import java.util.List;
import java.util.Locale;

/**
 * The files a {@link Notice} sends by e-mail, made for one recipient (their language, their name in
 * a watermark). Called once per newly queued e-mail delivery, inside the publishing transaction;
 * the bytes are stored with the outbox row so that every retry sends the same file.
 */
@FunctionalInterface
public interface Attachments {

    List<Attachment> forRecipient(long userId, String displayName, Locale locale);

    /** One file: its name (any characters; encoded per RFC 2231/2047 in the e-mail), media type and bytes. */
    record Attachment(String fileName, String mediaType, byte[] content) {
    }
}
