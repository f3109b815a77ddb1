package org.solarpm.dailyreport;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/** Material received on site that day against a line of the material plan (and a PO line when known). */
@Embeddable
public class MaterialReceipt {

    @Column(name = "material_plan_line_id", nullable = false)
    private long materialPlanLineId;

    @Column(name = "po_line_id")
    private Long poLineId;

    @Column(name = "quantity", nullable = false, precision = 16, scale = 3)
    private BigDecimal quantity;

    @Column(name = "note", length = 1000)
    private String note;

    protected MaterialReceipt() {
    }

    public MaterialReceipt(long materialPlanLineId, Long poLineId, BigDecimal quantity, String note) {
        this.materialPlanLineId = materialPlanLineId;
        this.poLineId = poLineId;
        this.quantity = Scales.three(Objects.requireNonNull(quantity));
        this.note = Scales.text(note);
    }

    public long materialPlanLineId() {
        return materialPlanLineId;
    }

    public Long poLineId() {
        return poLineId;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public String note() {
        return note;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MaterialReceipt r && materialPlanLineId == r.materialPlanLineId && Objects.equals(poLineId, r.poLineId)
                && Scales.three(quantity).equals(Scales.three(r.quantity)) && Objects.equals(note, r.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(materialPlanLineId, poLineId);
    }
}
