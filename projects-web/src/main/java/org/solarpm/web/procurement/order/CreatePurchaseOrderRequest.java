package org.solarpm.web.procurement.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.solarpm.procurement.QuantityUnit;
import org.solarpm.procurement.order.NewOrder;
import org.solarpm.procurement.order.NewOrderLine;
import org.solarpm.shared.DomainException;

/**
 * {@code POST /projects/{id}/purchase-orders}: a draft order. Each line: material, quantity in
 * {@code unit} (the material's unit when omitted), price per that unit in {@code currency} (CNY by
 * default; another currency needs {@code exchangeRate}), {@code taxRate} as a fraction (0.13 by default).
 */
public record CreatePurchaseOrderRequest(@Size(max = 200) String title, Long supplierId,
                                         @NotNull @Size(min = 1, max = 200) List<@Valid @NotNull Line> lines) {

    public record Line(@NotNull Long materialId, @NotNull @Positive BigDecimal quantity, @Size(max = 8) String unit,
                       @NotNull @Positive BigDecimal unitPrice, @Size(max = 3) String currency, @Positive BigDecimal exchangeRate,
                       @PositiveOrZero BigDecimal taxRate, LocalDate deliveryDate, Long planLineId) {
    }

    NewOrder toCommand() {
        return new NewOrder(title, supplierId, lines.stream().map(CreatePurchaseOrderRequest::line).toList());
    }

    private static NewOrderLine line(Line l) {
        QuantityUnit unit = l.unit() == null || l.unit().isBlank() ? null
                : QuantityUnit.parse(l.unit()).orElseThrow(() -> DomainException.invalid("lines.unit", "error.field.invalid"));
        return new NewOrderLine(l.materialId(), l.quantity(), unit, l.unitPrice(), l.currency(), l.exchangeRate(), l.taxRate(),
                l.deliveryDate(), l.planLineId());
    }
}
