package org.solarpm.procurement.imports;

/** The columns of the price history sheet, in template order (A..H). */
public enum PriceSheetColumn {
    DATE("date"), MATERIAL("material"), SUPPLIER("supplier"), QUANTITY("quantity"), UNIT_PRICE("unitPrice"), UNIT("unit"),
    CURRENCY("currency"), REFERENCE("reference");

    private final String field;

    PriceSheetColumn(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String letter() {
        return String.valueOf((char) ('A' + ordinal()));
    }

    /** The column of a cell reference such as "C17"; null beyond H. */
    public static PriceSheetColumn ofCell(String cellReference) {
        if (cellReference == null || cellReference.isEmpty()) {
            return null;
        }
        char c = Character.toUpperCase(cellReference.charAt(0));
        if (cellReference.length() > 1 && Character.isLetter(cellReference.charAt(1))) {
            return null;
        }
        int index = c - 'A';
        return index >= 0 && index < values().length ? values()[index] : null;
    }
}
