package org.solarpm.web.procurement.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.solarpm.shared.DomainException;

/** {@code POST /purchase-orders/{id}/receive}: quantities received per line (partial receipts allowed). */
public record ReceiveRequest(@NotNull Integer version, LocalDate receivedOn, @Size(max = 500) String note,
                             @NotNull @Size(min = 1, max = 200) List<@Valid @NotNull Line> lines) {

    public record Line(@NotNull Long lineId, @NotNull @Positive BigDecimal quantity) {
    }

    Map<Long, BigDecimal> quantities() {
        Map<Long, BigDecimal> map = new LinkedHashMap<>();
        for (Line l : lines) {
            if (map.put(l.lineId(), l.quantity()) != null) {
                throw DomainException.invalid("lines.lineId", "error.po.duplicateLine");
            }
        }
        return map;
    }
}
