package org.solarpm.dailyreport;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;

/** Machines of one type on site that day with their operating and idle hours. A value. */
@Embeddable
public class EquipmentLine {

    public enum Type { PILE_DRIVER, EXCAVATOR, CRANE, FORKLIFT, TRUCK, GENERATOR, OTHER }

    @Enumerated(EnumType.STRING)
    @Column(name = "equipment_type", nullable = false, length = 16)
    private Type type;

    @Column(name = "unit_count", nullable = false)
    private int count;

    @Column(name = "operating_hours", nullable = false, precision = 8, scale = 1)
    private BigDecimal operatingHours;

    @Column(name = "idle_hours", nullable = false, precision = 8, scale = 1)
    private BigDecimal idleHours;

    protected EquipmentLine() {
    }

    public EquipmentLine(Type type, int count, BigDecimal operatingHours, BigDecimal idleHours) {
        this.type = Objects.requireNonNull(type);
        this.count = count;
        this.operatingHours = Scales.one(operatingHours == null ? BigDecimal.ZERO : operatingHours);
        this.idleHours = Scales.one(idleHours == null ? BigDecimal.ZERO : idleHours);
    }

    public EquipmentLine zeroed() {
        return new EquipmentLine(type, 0, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    public Type type() {
        return type;
    }

    public int count() {
        return count;
    }

    public BigDecimal operatingHours() {
        return operatingHours;
    }

    public BigDecimal idleHours() {
        return idleHours;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EquipmentLine e && type == e.type && count == e.count
                && Scales.one(operatingHours).equals(Scales.one(e.operatingHours)) && Scales.one(idleHours).equals(Scales.one(e.idleHours));
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, count);
    }
}
