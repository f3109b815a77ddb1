package org.solarpm.web.dailyreport;

import jakarta.validation.constraints.Size;

/** {@code POST .../review}: APPROVE or RETURN (RETURN needs a comment), with the version the reviewer saw. */
public record ReviewDailyReportRequest(String decision, @Size(max = 2000) String comment, Integer version) {
}
