package org.solarpm.web.dailyreport;

/** {@code POST .../submit}: the version the client last saw (optional). */
public record SubmitDailyReportRequest(Integer version) {
}
