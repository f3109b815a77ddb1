package org.solarpm.dailyreport;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/** The quantity of one work item installed that day, with an optional note (needed beyond the design quantity). */
@Embeddable
public class QuantityLine {

    @Column(name = "work_item_id", nullable = false)
    private long workItemId;

    @Column(name = "quantity", nullable = false, precision = 16, scale = 3)
    private BigDecimal quantity;

    @Column(name = "note", length = 1000)
    private String note;

    protected QuantityLine() {
    }

    public QuantityLine(long workItemId, BigDecimal quantity, String note) {
        this.workItemId = workItemId;
        this.quantity = Scales.three(Objects.requireNonNull(quantity));
        this.note = Scales.text(note);
    }

    public long workItemId() {
        return workItemId;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public String note() {
        return note;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QuantityLine q && workItemId == q.workItemId && Scales.three(quantity).equals(Scales.three(q.quantity))
                && Objects.equals(note, q.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(workItemId, note);
    }
}
