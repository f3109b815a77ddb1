package org.solarpm.reminder;

import java.util.List;
import java.util.Set;

/**
 * Something people must hear about, before rendering: the event key that makes it unique
 * (e.g. {@code MILESTONE_DUE:42:7:2026-11-29}), the recipients, message keys with their arguments
 * (rendered per recipient in the recipient's language), whether group channels (DingTalk
 * robots, webhooks) also get it and, optionally, the files its e-mails carry (group channels never
 * get files).
 */
public record Notice(String eventKey, String kind, Set<Long> recipients, String titleKey, String bodyKey, List<Object> args,
                     String link, boolean toGroups, Attachments attachments) {

    /** A notice without attachments. */
    public Notice(String eventKey, String kind, Set<Long> recipients, String titleKey, String bodyKey, List<Object> args,
                  String link, boolean toGroups) {
        this(eventKey, kind, recipients, titleKey, bodyKey, args, link, toGroups, null);
    }

    public Notice {
        recipients = Set.copyOf(recipients);
        args = List.copyOf(args);
    }

    Object[] argArray() {
        return args.toArray();
    }
}
