package org.solarpm.web.board;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * A column or swimlane to add or change: name, WIP limit ({@code clearWipLimit} removes it) and,
 * for columns, the new 0-based position.
 */
public record ColumnRequest(@Size(min = 1, max = 100) String name, @Min(1) @Max(10_000) Integer wipLimit, Boolean clearWipLimit,
                            @Min(0) @Max(100) Integer position) {

    boolean clearWip() {
        return Boolean.TRUE.equals(clearWipLimit);
    }
}
