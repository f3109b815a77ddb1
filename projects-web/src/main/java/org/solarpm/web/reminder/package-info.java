/** HTTP edge of reminders: the inbox, reminder rules with their schedules, and group notification channels. */
package org.solarpm.web.reminder;
