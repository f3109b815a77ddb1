package org.solarpm.identity;

/** Company-wide roles. Project-level roles (PM of project X) come from project membership. */
public enum Role {
    ADMIN, EXECUTIVE, BRANCH_HEAD, PROJECT_MANAGER, SITE_LEAD, BUYER
}
