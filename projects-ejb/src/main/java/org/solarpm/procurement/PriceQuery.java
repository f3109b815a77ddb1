package org.solarpm.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A price to check: per {@code unit} (the material's unit when null), in {@code currency}, on {@code date} (today when null). */
public record PriceQuery(long materialId, BigDecimal unitPrice, String currency, LocalDate date, Long supplierId, QuantityUnit unit) {
}
