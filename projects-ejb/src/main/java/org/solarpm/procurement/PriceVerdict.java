package org.solarpm.procurement;

/** The outcome of a price check. */
public enum PriceVerdict {
    NORMAL, HIGH, LOW, NO_HISTORY
}
