package org.solarpm.template;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The repeating unit per-block tasks are created for: an array block (方阵) on a ground plant, a
 * roof section on a C&amp;I rooftop, a household in a residential cluster.
 *
 * @param sizeMwp the capacity of one block in MWp
 * @param label   the block's display name with a {@code {n}} placeholder for its number, e.g.
 *                {@code {"zh": "{n}#方阵", "en": "Array block {n}"}}
 */
public record BlockDef(BigDecimal sizeMwp, LocalizedText label) {

    /** ceil(capacityKwp / (sizeMwp × 1000)), at least 1. */
    public int countFor(BigDecimal capacityKwp) {
        int blocks = capacityKwp.divide(sizeMwp.movePointRight(3), 0, RoundingMode.CEILING).intValueExact();
        return Math.max(1, blocks);
    }

    /** The label of block {@code n}, e.g. 3#方阵 / Array block 3. */
    public LocalizedText labelOf(int n) {
        return label.withNumber(n);
    }
}
