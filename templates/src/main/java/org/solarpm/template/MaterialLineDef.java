package org.solarpm.template;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A bill-of-materials line whose quantity scales with the capacity.
 *
 * @param unit        one of pcs, m, set, W, kWp, t
 * @param quantity    how the quantity follows from the capacity
 * @param budgetPerWp optional budget figure in CNY per Wp of capacity, used to seed the budget
 */
public record MaterialLineDef(String materialCode, LocalizedText name, MaterialCategory category,
                              String unit, QuantityRule quantity, BigDecimal budgetPerWp) {

    /** The quantity for a capacity, rounded to the unit: pcs and set up to whole numbers, others to 3 decimals. */
    public BigDecimal quantityFor(BigDecimal capacityKwp, int moduleWp) {
        return Units.round(quantity.quantityFor(capacityKwp, moduleWp), unit);
    }

    /** budgetPerWp × capacityKwp × 1000, in CNY rounded to fen; empty without a budget figure. */
    public Optional<BigDecimal> budgetFor(BigDecimal capacityKwp) {
        return Optional.ofNullable(budgetPerWp)
                .map(perWp -> perWp.multiply(capacityKwp.movePointRight(3)).setScale(2, RoundingMode.HALF_UP));
    }
}
