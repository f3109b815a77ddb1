package org.solarpm.procurement.order;

/** Who must approve, in the order the chain runs. */
public enum ApprovalLevel {
    PROJECT_MANAGER, BRANCH_HEAD, EXECUTIVE
}
