package org.solarpm.procurement.order;

/** Where a purchase order stands: draft -> submitted -> approved / rejected -> ordered -> (partially) received. */
public enum OrderStatus {
    DRAFT, SUBMITTED, APPROVED, REJECTED, ORDERED, PARTIALLY_RECEIVED, RECEIVED;

    /** Approved and later: the order's money is committed against the budget. */
    public boolean commits() {
        return this == APPROVED || this == ORDERED || this == PARTIALLY_RECEIVED || this == RECEIVED;
    }
}
