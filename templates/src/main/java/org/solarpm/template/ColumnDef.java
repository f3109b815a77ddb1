package org.solarpm.template;

/**
 * A column of the project board.
 *
 * @param wipLimit the most cards the column may hold, or {@code null} for no limit
 */
public record ColumnDef(String code, LocalizedText name, Integer wipLimit) {

    public boolean hasWipLimit() {
        return wipLimit != null;
    }
}
