package org.solarpm.template;

/** How a {@link QuantityRule} derives a quantity from the project capacity. */
public enum QuantityBasis {
    /** {@code quantity} per MWp of capacity. */
    PER_MWP,
    /** The module count, optionally divided by {@code modulesPerUnit} and rounded up. */
    MODULE_COUNT,
    /** The installed module capacity in kWp: module count × module Wp / 1000. */
    MODULE_KWP,
    /** {@code quantity}, whatever the capacity (one SCADA system, one substation). */
    FIXED
}
