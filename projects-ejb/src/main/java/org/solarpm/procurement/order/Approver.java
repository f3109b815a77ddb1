package org.solarpm.procurement.order;

/** A user the approval rules picked for a level. */
public record Approver(ApprovalLevel level, long userId, String name) {
}
