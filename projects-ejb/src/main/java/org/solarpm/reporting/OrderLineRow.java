package org.solarpm.reporting;

import java.math.BigDecimal;

/** One line of a purchase order PDF (field names are the template's); taxRate is a fraction, amount includes tax. */
public record OrderLineRow(Integer lineNo, String materialCode, String materialName, BigDecimal quantity, String unit,
                           BigDecimal unitPrice, BigDecimal taxRate, BigDecimal amount, String priceVerdict,
                           String priceExplanation) {
}
