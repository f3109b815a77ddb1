package org.solarpm.procurement.imports;

import java.util.Optional;

/** STRICT (default) imports nothing if any row is bad; VALID_ONLY imports the good rows. */
public enum ImportMode {
    STRICT, VALID_ONLY;

    /** "strict", "valid-only" (or null: strict). */
    public static Optional<ImportMode> parse(String text) {
        if (text == null || text.isBlank() || "strict".equalsIgnoreCase(text.strip())) {
            return Optional.of(STRICT);
        }
        if ("valid-only".equalsIgnoreCase(text.strip()) || "VALID_ONLY".equalsIgnoreCase(text.strip())) {
            return Optional.of(VALID_ONLY);
        }
        return Optional.empty();
    }
}
