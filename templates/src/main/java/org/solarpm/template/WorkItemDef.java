package org.solarpm.template;

import java.math.BigDecimal;

/**
 * A construction work item reported in daily reports, with its design quantity rule and its share
 * of the progress S-curve.
 *
 * @param weight                 share of overall construction progress; the weights of a template add up to 100.
 *                               A weight of 0 marks a tracking-only item (MODULE_KWP mirrors MODULE_PCS).
 * @param plannedStartOffsetDays first planned day, from the project's planned start
 * @param plannedEndOffsetDays   last planned day (inclusive); the planned S-curve spreads the design
 *                               quantity over these days
 */
public record WorkItemDef(String code, LocalizedText name, String unit, QuantityRule quantity, BigDecimal weight,
                          int plannedStartOffsetDays, int plannedEndOffsetDays) {

    /** The design quantity for a capacity, rounded like {@link MaterialLineDef#quantityFor}. */
    public BigDecimal designQuantity(BigDecimal capacityKwp, int moduleWp) {
        return Units.round(quantity.quantityFor(capacityKwp, moduleWp), unit);
    }
}
