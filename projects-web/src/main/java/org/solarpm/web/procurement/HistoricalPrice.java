package org.solarpm.web.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.solarpm.procurement.PricePoint;

/** One row of {@code GET /materials/{id}/price-history}. */
public record HistoricalPrice(long id, LocalDate date, Long supplierId, BigDecimal quantity, BigDecimal unitPrice, String unit,
                              String currency, BigDecimal normalisedPrice, String source, String sourceRef) {

    static HistoricalPrice of(PricePoint p) {
        return new HistoricalPrice(p.getId(), p.getPriceDate(), p.getSupplierId(), p.getQuantity(), p.getUnitPrice(),
                p.getPriceUnit().symbol(), p.getCurrency(), p.getNormalisedPrice(), p.getSource().name(), p.getSourceRef());
    }
}
