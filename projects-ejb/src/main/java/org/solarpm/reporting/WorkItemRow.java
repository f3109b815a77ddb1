package org.solarpm.reporting;

import java.math.BigDecimal;

/** One work item's line in a daily report PDF: today's quantity, cumulative after the day, design, percent. */
public record WorkItemRow(String workItemName, String unit, BigDecimal installedToday, BigDecimal cumulative,
                          BigDecimal designQuantity, BigDecimal percentComplete) {
}
