package org.solarpm.procurement;

/** Where a historical price came from. */
public enum PriceSource {
    APPROVED_PO, IMPORT
}
