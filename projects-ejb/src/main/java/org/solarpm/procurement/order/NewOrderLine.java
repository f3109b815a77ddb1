package org.solarpm.procurement.order;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import org.solarpm.procurement.QuantityUnit;

/**
 * A line to order: {@code unitPrice} per {@code unit} in {@code currency}; a currency other than CNY
 * needs {@code exchangeRate} (CNY per unit of that currency). {@code taxRate} is a fraction (0.13).
 */
public record NewOrderLine(long materialId, BigDecimal quantity, QuantityUnit unit, BigDecimal unitPrice, String currency,
                           BigDecimal exchangeRate, BigDecimal taxRate, LocalDate deliveryDate, Long planLineId) {

    public BigDecimal unitPriceCny() {
        return unitPrice.multiply(exchangeRate, MathContext.DECIMAL64);
    }

    NewOrderLine withUnit(QuantityUnit newUnit) {
        return new NewOrderLine(materialId, quantity, newUnit, unitPrice, currency, exchangeRate, taxRate, deliveryDate, planLineId);
    }
}
