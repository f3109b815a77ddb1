package org.solarpm.procurement;

import java.math.BigDecimal;

/** What a buyer enters to add a material to the catalogue. */
public record NewMaterial(String code, String nameZh, String nameEn, MaterialCategory category, QuantityUnit unit,
                          BigDecimal moduleWp, BigDecimal inverterKw, BigDecimal cableMm2) {
}
