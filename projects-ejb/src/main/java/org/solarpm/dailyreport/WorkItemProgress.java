package org.solarpm.dailyreport;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A work item with its cumulative installed quantity over all counted reports. */
public record WorkItemProgress(WorkItem item, BigDecimal cumulativeQuantity) {

    /** Percent of the design quantity installed (0 for an item without design quantity), one decimal. */
    public BigDecimal percentComplete() {
        if (item.getDesignQuantity().signum() == 0) {
            return BigDecimal.ZERO;
        }
        return cumulativeQuantity.multiply(BigDecimal.valueOf(100)).divide(item.getDesignQuantity(), 1, RoundingMode.HALF_UP);
    }
}
