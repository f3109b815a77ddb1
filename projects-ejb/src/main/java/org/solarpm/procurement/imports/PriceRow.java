package org.solarpm.procurement.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.solarpm.procurement.QuantityUnit;

/** A valid sheet row, normalised and keyed, ready for a batch insert. */
public record PriceRow(int row, long materialId, Long supplierId, LocalDate date, BigDecimal quantity, BigDecimal unitPrice,
                       QuantityUnit unit, BigDecimal normalisedPrice, String reference, String naturalKey) {
}
