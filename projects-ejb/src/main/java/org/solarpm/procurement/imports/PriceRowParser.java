package org.solarpm.procurement.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.solarpm.procurement.Material;
import org.solarpm.procurement.PricePoint;
import org.solarpm.procurement.PriceSource;
import org.solarpm.procurement.QuantityUnit;
import org.solarpm.shared.DomainException;

/**
 * Checks and converts one sheet row against the catalogue: every problem of the row is reported,
 * not just the first. Plain Java; the catalogue is looked up in maps loaded once per import.
 */
public final class PriceRowParser {

    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d");
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("yyyy.M.d");
    private static final int MAX_REFERENCE = 100;

    private final Map<String, Material> materials;
    private final Map<String, Long> suppliers;
    private final LocalDate today;

    public PriceRowParser(Map<String, Material> materialsByCode, Map<String, Long> supplierIdsByCode, LocalDate today) {
        this.materials = materialsByCode;
        this.suppliers = supplierIdsByCode;
        this.today = today;
    }

    /** The outcome for one row: a {@link PriceRow}, or the errors (never both). */
    public record Result(PriceRow row, List<RowError> errors) {
    }

    public Result parse(int excelRow, Map<PriceSheetColumn, String> cells) {
        List<RowError> errors = new ArrayList<>();
        LocalDate date = date(excelRow, text(cells, PriceSheetColumn.DATE), errors);
        Material material = material(excelRow, text(cells, PriceSheetColumn.MATERIAL), errors);
        Long supplierId = supplier(excelRow, text(cells, PriceSheetColumn.SUPPLIER), errors);
        BigDecimal quantity = positive(excelRow, PriceSheetColumn.QUANTITY, text(cells, PriceSheetColumn.QUANTITY), errors);
        BigDecimal price = positive(excelRow, PriceSheetColumn.UNIT_PRICE, text(cells, PriceSheetColumn.UNIT_PRICE), errors);
        QuantityUnit unit = unit(excelRow, text(cells, PriceSheetColumn.UNIT), material, errors);
        String currency = text(cells, PriceSheetColumn.CURRENCY);
        if (currency != null && !PricePoint.CURRENCY.equalsIgnoreCase(currency)) {
            errors.add(error(excelRow, PriceSheetColumn.CURRENCY, "import.error.currency", currency));
        }
        String reference = Optional.ofNullable(text(cells, PriceSheetColumn.REFERENCE)).orElse("");
        if (reference.length() > MAX_REFERENCE) {
            reference = reference.substring(0, MAX_REFERENCE);
        }
        BigDecimal normalised = null;
        if (material != null && price != null && unit != null) {
            try {
                normalised = material.normalise(price, unit).setScale(PricePoint.PRICE_SCALE, RoundingMode.HALF_UP);
            } catch (DomainException e) {
                errors.add(error(excelRow, PriceSheetColumn.UNIT, "import.error.unitNotConvertible", unit.symbol(), material.getCode()));
            }
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        BigDecimal q = quantity.setScale(PricePoint.QUANTITY_SCALE, RoundingMode.HALF_UP);
        String key = PricePoint.naturalKey(material.getId(), supplierId, date, normalised, q, PriceSource.IMPORT, reference);
        return new Result(new PriceRow(excelRow, material.getId(), supplierId, date, q,
                price.setScale(PricePoint.PRICE_SCALE, RoundingMode.HALF_UP), unit, normalised, reference, key), List.of());
    }

    private static String text(Map<PriceSheetColumn, String> cells, PriceSheetColumn column) {
        String v = cells.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private LocalDate date(int row, String text, List<RowError> errors) {
        if (text == null) {
            errors.add(error(row, PriceSheetColumn.DATE, "import.error.required"));
            return null;
        }
        LocalDate date = null;
        for (DateTimeFormatter f : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, SLASHED, DOTTED}) {
            try {
                date = LocalDate.parse(text, f);
                break;
            } catch (DateTimeParseException ignored) {
                // try the next spelling
            }
        }
        if (date == null) {
            errors.add(error(row, PriceSheetColumn.DATE, "import.error.date", text));
        } else if (date.isAfter(today)) {
            errors.add(error(row, PriceSheetColumn.DATE, "import.error.future", text));
            return null;
        }
        return date;
    }

    private Material material(int row, String code, List<RowError> errors) {
        if (code == null) {
            errors.add(error(row, PriceSheetColumn.MATERIAL, "import.error.required"));
            return null;
        }
        Material m = materials.get(code);
        if (m == null) {
            errors.add(error(row, PriceSheetColumn.MATERIAL, "import.error.unknownMaterial", code));
        }
        return m;
    }

    private Long supplier(int row, String code, List<RowError> errors) {
        if (code == null) {
            return null;
        }
        Long id = suppliers.get(code);
        if (id == null) {
            errors.add(error(row, PriceSheetColumn.SUPPLIER, "import.error.unknownSupplier", code));
        }
        return id;
    }

    private static BigDecimal positive(int row, PriceSheetColumn column, String text, List<RowError> errors) {
        if (text == null) {
            errors.add(error(row, column, "import.error.required"));
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.replace(",", "").replace("¥", "").replace("￥", "").strip());
        } catch (NumberFormatException e) {
            errors.add(error(row, column, "import.error.number", text));
            return null;
        }
        if (value.signum() <= 0) {
            errors.add(error(row, column, "import.error.positive"));
            return null;
        }
        return value;
    }

    private static QuantityUnit unit(int row, String text, Material material, List<RowError> errors) {
        if (text == null) {
            return material == null ? null : material.getUnit();
        }
        Optional<QuantityUnit> unit = QuantityUnit.parse(text);
        if (unit.isEmpty()) {
            errors.add(error(row, PriceSheetColumn.UNIT, "import.error.unit", text));
        }
        return unit.orElse(null);
    }

    private static RowError error(int row, PriceSheetColumn column, String key, String... args) {
        return new RowError(row, column.letter(), column.field(), key, List.of(args));
    }
}
