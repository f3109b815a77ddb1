package org.solarpm.reporting;

import java.math.BigDecimal;

/** One project's line in the executive daily digest PDF (field names are the template's). */
public record DigestRow(String projectCode, String projectName, String branchName, String managerName,
                        String reportStatus, BigDecimal installedTodayKwp, BigDecimal cumulativeKwp, BigDecimal designKwp,
                        BigDecimal percentComplete, Integer scheduleVarianceDays, Integer manpower, Integer openDelays,
                        Integer incidents7d, String exception) {
}
