package org.solarpm.web.procurement;

import java.math.BigDecimal;
import java.util.Locale;
import org.solarpm.procurement.Material;

/** A material as clients see it: units as symbols ("pcs", "kW"), the name in the request language. */
public record CatalogueMaterial(long id, String code, String name, String nameZh, String nameEn, String category, String unit,
                                String priceUnit, String currency, BigDecimal moduleWp, BigDecimal inverterKw, BigDecimal cableMm2,
                                String specClass, boolean active, int version) {

    static CatalogueMaterial of(Material m, Locale locale) {
        return new CatalogueMaterial(m.getId(), m.getCode(), m.name(locale), m.getNameZh(), m.getNameEn(), m.getCategory().name(),
                m.getUnit().symbol(), m.priceUnit().symbol(), "CNY", m.getModuleWp(), m.getInverterKw(), m.getCableMm2(),
                m.getSpecClass(), m.isActive(), m.getVersion());
    }
}
