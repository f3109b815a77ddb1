package org.solarpm.template;

import java.math.BigDecimal;

/**
 * The DC capacity range (kWp) a template is written for, and a typical value for previews.
 * Informative: the expansion works for any positive capacity.
 */
public record CapacityRange(BigDecimal min, BigDecimal max, BigDecimal typical) {

    public boolean contains(BigDecimal capacityKwp) {
        return capacityKwp.compareTo(min) >= 0 && capacityKwp.compareTo(max) <= 0;
    }
}
