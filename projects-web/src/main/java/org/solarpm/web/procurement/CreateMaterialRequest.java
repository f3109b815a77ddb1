package org.solarpm.web.procurement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.solarpm.procurement.MaterialCategory;
import org.solarpm.procurement.NewMaterial;
import org.solarpm.procurement.QuantityUnit;
import org.solarpm.shared.DomainException;

/** {@code POST /materials}; {@code unit} is a symbol: pcs, m, set, W, kW, kWp, t. */
public record CreateMaterialRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._\\-]+") String code,
        @NotBlank @Size(max = 200) String nameZh,
        @Size(max = 200) String nameEn,
        @NotNull MaterialCategory category,
        @NotBlank String unit,
        @Positive BigDecimal moduleWp,
        @Positive BigDecimal inverterKw,
        @Positive BigDecimal cableMm2) {

    NewMaterial toCommand() {
        QuantityUnit u = QuantityUnit.parse(unit).orElseThrow(() -> DomainException.invalid("unit", "error.field.invalid"));
        return new NewMaterial(code.strip(), nameZh.strip(), nameEn == null ? null : nameEn.strip(), category, u, moduleWp, inverterKw,
                cableMm2);
    }
}
