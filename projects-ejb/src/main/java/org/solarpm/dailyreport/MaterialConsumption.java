package org.solarpm.dailyreport;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/** Material used up that day, booked against a line of the material plan ({@code consumed_quantity}). */
@Embeddable
public class MaterialConsumption {

    @Column(name = "material_plan_line_id", nullable = false)
    private long materialPlanLineId;

    @Column(name = "quantity", nullable = false, precision = 16, scale = 3)
    private BigDecimal quantity;

    protected MaterialConsumption() {
    }

    public MaterialConsumption(long materialPlanLineId, BigDecimal quantity) {
        this.materialPlanLineId = materialPlanLineId;
        this.quantity = Scales.three(Objects.requireNonNull(quantity));
    }

    public long materialPlanLineId() {
        return materialPlanLineId;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MaterialConsumption c && materialPlanLineId == c.materialPlanLineId
                && Scales.three(quantity).equals(Scales.three(c.quantity));
    }

    @Override
    public int hashCode() {
        return Long.hashCode(materialPlanLineId);
    }
}
