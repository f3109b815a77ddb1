package org.solarpm.procurement.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One plan line's position: planned vs ordered vs received vs consumed, what is still to order, what
 * should be on site, and the warnings a PM acts on.
 */
public record MaterialStatus(ProjectCosts.PlanRow row, BigDecimal toOrder, BigDecimal onSite, List<Warning> warnings) {

    public enum Warning {
        /** Less ordered than planned. */
        NOT_FULLY_ORDERED,
        /** More ordered than planned. */
        OVER_PLAN,
        /** Site reports consumed more than was received. */
        CONSUMED_MORE_THAN_RECEIVED,
        /** Consumed quantity above the plan. */
        CONSUMED_OVER_PLAN
    }

    public static MaterialStatus of(ProjectCosts.PlanRow row) {
        BigDecimal toOrder = row.planned().subtract(row.ordered()).max(BigDecimal.ZERO);
        BigDecimal onSite = row.consumed() == null ? null : row.received().subtract(row.consumed());
        List<Warning> warnings = new ArrayList<>();
        if (toOrder.signum() > 0) {
            warnings.add(Warning.NOT_FULLY_ORDERED);
        }
        if (row.ordered().compareTo(row.planned()) > 0) {
            warnings.add(Warning.OVER_PLAN);
        }
        if (row.consumed() != null && row.consumed().compareTo(row.received()) > 0) {
            warnings.add(Warning.CONSUMED_MORE_THAN_RECEIVED);
        }
        if (row.consumed() != null && row.consumed().compareTo(row.planned()) > 0) {
            warnings.add(Warning.CONSUMED_OVER_PLAN);
        }
        return new MaterialStatus(row, toOrder, onSite, List.copyOf(warnings));
    }
}
