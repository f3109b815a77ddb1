package org.solarpm.procurement.imports;

/** Where an import job is. REJECTED: strict mode found bad rows and imported nothing. */
public enum ImportStatus {
    QUEUED, VALIDATING, IMPORTING, COMPLETED, REJECTED, FAILED;

    public boolean isFinished() {
        return this == COMPLETED || this == REJECTED || this == FAILED;
    }
}
