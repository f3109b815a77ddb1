package org.solarpm.project;

/** A member's role in one project. */
public enum ProjectRole {
    PM, SITE_LEAD, BUYER, ENGINEER, VIEWER;

    /** Everyone but viewers may tick gate items and upload documents. */
    public boolean contributes() {
        return this != VIEWER;
    }
}
