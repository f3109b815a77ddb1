package org.solarpm.procurement.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.solarpm.identity.Actor;

/** Goods of one order line received on site on one day, by whom. */
@Entity
@Table(name = "purchase_order_receipt")
public class Receipt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "line_id")
    private OrderLine line;

    @Column(nullable = false)
    private BigDecimal quantity;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "received_by", nullable = false)
    private long receivedBy;

    @Column(name = "receiver_name", nullable = false, length = 100)
    private String receiverName;

    @Column(length = 500)
    private String note;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Receipt() {
    }

    Receipt(OrderLine line, BigDecimal quantity, LocalDate receivedOn, Actor actor, String note, Instant recordedAt) {
        this.line = line;
        this.quantity = quantity;
        this.receivedOn = receivedOn;
        this.receivedBy = actor.id();
        this.receiverName = actor.displayName();
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public long getReceivedBy() {
        return receivedBy;
    }

    public String getReceiverName() {
        return receiverName;
    }

    public String getNote() {
        return note;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Receipt r && id != null && id.equals(r.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
