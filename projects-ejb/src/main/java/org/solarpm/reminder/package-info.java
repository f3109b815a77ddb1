/**
 * Reminders and notifications: the reminder rules and their Quartz schedule (JDBC JobStore on the
 * application database, clustered), the thin jobs that call the rules, the in-app inbox and the
 * transactional outbox that delivers e-mail, DingTalk robot and webhook messages exactly once per
 * recipient, channel and event. E-mails may carry files (the digest PDF), stored with their outbox
 * row when queued so that a retry sends the same bytes.
 */
package org.solarpm.reminder;
