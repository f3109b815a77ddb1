package org.solarpm.procurement.order;

import java.util.List;

/** A purchase order to create as a draft. */
public record NewOrder(String title, Long supplierId, List<NewOrderLine> lines) {
}
