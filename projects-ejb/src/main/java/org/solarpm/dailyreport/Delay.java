package org.solarpm.dailyreport;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;

/** Work time lost that day, with its cause. */
@Embeddable
public class Delay {

    public enum Cause { WEATHER, MATERIAL_SHORTAGE, DESIGN_CHANGE, GRID_COMPANY, PERMIT, OTHER }

    @Enumerated(EnumType.STRING)
    @Column(name = "cause", nullable = false, length = 20)
    private Cause cause;

    @Column(name = "hours_lost", nullable = false, precision = 6, scale = 1)
    private BigDecimal hoursLost;

    @Column(name = "description", length = 2000)
    private String description;

    protected Delay() {
    }

    public Delay(Cause cause, BigDecimal hoursLost, String description) {
        this.cause = Objects.requireNonNull(cause);
        this.hoursLost = Scales.one(hoursLost == null ? BigDecimal.ZERO : hoursLost);
        this.description = Scales.text(description);
    }

    public Cause cause() {
        return cause;
    }

    public BigDecimal hoursLost() {
        return hoursLost;
    }

    public String description() {
        return description;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Delay d && cause == d.cause && Scales.one(hoursLost).equals(Scales.one(d.hoursLost))
                && Objects.equals(description, d.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cause, description);
    }
}
