package org.solarpm.procurement.order;

/** A step of an approval chain. */
public enum StepStatus {
    PENDING, APPROVED, REJECTED
}
