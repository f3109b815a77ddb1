/**
 * HTTP edge of daily construction reports: the report of a day (GET/PUT), submit, review, copy the
 * previous day, photos, the project's report list and work items, and the PM's review queue.
 */
package org.solarpm.web.dailyreport;
