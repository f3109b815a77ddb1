package org.solarpm.web.procurement;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.solarpm.procurement.PriceQuery;
import org.solarpm.procurement.QuantityUnit;
import org.solarpm.shared.DomainException;

/**
 * {@code POST /price-checks}: a price per {@code unit} (the material's unit when omitted, e.g. per
 * piece for modules, or "W"), in {@code currency} (CNY), on {@code date} (today when omitted).
 */
public record CheckPriceRequest(@NotNull Long materialId, @NotNull @Positive BigDecimal unitPrice, @Size(max = 3) String currency,
                                LocalDate date, Long supplierId, String unit) {

    PriceQuery toQuery() {
        QuantityUnit u = unit == null || unit.isBlank() ? null
                : QuantityUnit.parse(unit).orElseThrow(() -> DomainException.invalid("unit", "error.field.invalid"));
        return new PriceQuery(materialId, unitPrice, currency == null ? "CNY" : currency, date, supplierId, u);
    }
}
