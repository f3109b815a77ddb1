package org.solarpm.procurement.order;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.solarpm.identity.Actor;
import org.solarpm.procurement.PriceCheck;
import org.solarpm.procurement.PriceVerdict;
import org.solarpm.procurement.QuantityUnit;
import org.solarpm.shared.DomainException;

/** A line of a purchase order: a material, a quantity in a unit, a price per that unit in CNY, tax, delivery date. */
@Entity
@Table(name = "purchase_order_line")
public class OrderLine {

    static final int PRICE_SCALE = 6;
    static final int QUANTITY_SCALE = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private PurchaseOrder order;

    @Column(nullable = false)
    private int position;

    @Column(name = "material_id", nullable = false)
    private long materialId;

    @Column(name = "plan_line_id")
    private Long planLineId;

    @Column(nullable = false)
    private BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private QuantityUnit unit;

    @Column(name = "quoted_price", nullable = false)
    private BigDecimal quotedPrice;

    @Column(name = "quoted_currency", nullable = false, length = 3)
    private String quotedCurrency;

    @Column(name = "exchange_rate", nullable = false)
    private BigDecimal exchangeRate;

    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    @Column(name = "tax_rate", nullable = false)
    private BigDecimal taxRate;

    @Column(name = "delivery_date")
    private LocalDate deliveryDate;

    @Column(name = "received_quantity", nullable = false)
    private BigDecimal receivedQuantity = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private PriceVerdict verdict;

    @Column(name = "deviation_pct")
    private BigDecimal deviationPct;

    @Column(name = "explanation_zh", length = 1000)
    private String explanationZh;

    @Column(name = "explanation_en", length = 1000)
    private String explanationEn;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @OneToMany(mappedBy = "line", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Receipt> receipts = new ArrayList<>();

    protected OrderLine() {
    }

    OrderLine(PurchaseOrder order, int position, NewOrderLine spec, Long planLineId) {
        this.order = order;
        this.position = position;
        this.materialId = spec.materialId();
        this.planLineId = planLineId;
        this.quantity = spec.quantity().setScale(QUANTITY_SCALE, RoundingMode.HALF_UP);
        this.unit = spec.unit();
        this.quotedPrice = spec.unitPrice().setScale(PRICE_SCALE, RoundingMode.HALF_UP);
        this.quotedCurrency = spec.currency();
        this.exchangeRate = spec.exchangeRate();
        this.unitPrice = spec.unitPriceCny().setScale(PRICE_SCALE, RoundingMode.HALF_UP);
        this.taxRate = spec.taxRate();
        this.deliveryDate = spec.deliveryDate();
    }

    /** Quantity times CNY unit price, before tax. */
    public BigDecimal netAmount() {
        return quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
    }

    /** Net amount plus tax: what the budget and the approval thresholds count. */
    public BigDecimal grossAmount() {
        return quantity.multiply(unitPrice).multiply(BigDecimal.ONE.add(taxRate)).setScale(2, RoundingMode.HALF_UP);
    }

    public BigDecimal receivedGrossAmount() {
        return receivedQuantity.multiply(unitPrice).multiply(BigDecimal.ONE.add(taxRate)).setScale(2, RoundingMode.HALF_UP);
    }

    public BigDecimal outstanding() {
        return quantity.subtract(receivedQuantity);
    }

    /** Stores the verdict with its explanation in Chinese and English (the same check in two languages). */
    void recordCheck(PriceCheck zh, PriceCheck en, Instant at) {
        this.verdict = zh.verdict();
        this.deviationPct = zh.deviationPct();
        this.explanationZh = clip(zh.explanation());
        this.explanationEn = clip(en.explanation());
        this.checkedAt = at;
    }

    private static String clip(String text) {
        return text != null && text.length() > 1000 ? text.substring(0, 997) + "..." : text;
    }

    /** Books a (partial) receipt; more than is outstanding is refused. */
    Receipt receive(BigDecimal qty, LocalDate on, Actor actor, String note, Instant at) {
        if (qty == null || qty.signum() <= 0) {
            throw DomainException.invalid("lines.quantity", "jakarta.validation.constraints.Positive.message");
        }
        BigDecimal q = qty.setScale(QUANTITY_SCALE, RoundingMode.HALF_UP);
        if (q.compareTo(outstanding()) > 0) {
            throw DomainException.invalid("lines.quantity", "error.po.overReceipt", q.stripTrailingZeros().toPlainString(),
                    outstanding().stripTrailingZeros().toPlainString(), unit.symbol());
        }
        receivedQuantity = receivedQuantity.add(q);
        Receipt receipt = new Receipt(this, q, on, actor, note, at);
        receipts.add(receipt);
        return receipt;
    }

    public boolean fullyReceived() {
        return receivedQuantity.compareTo(quantity) >= 0;
    }

    public Long getId() {
        return id;
    }

    public PurchaseOrder getOrder() {
        return order;
    }

    public int getPosition() {
        return position;
    }

    public long getMaterialId() {
        return materialId;
    }

    public Long getPlanLineId() {
        return planLineId;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public QuantityUnit getUnit() {
        return unit;
    }

    public BigDecimal getQuotedPrice() {
        return quotedPrice;
    }

    public String getQuotedCurrency() {
        return quotedCurrency;
    }

    public BigDecimal getExchangeRate() {
        return exchangeRate;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getTaxRate() {
        return taxRate;
    }

    public LocalDate getDeliveryDate() {
        return deliveryDate;
    }

    public BigDecimal getReceivedQuantity() {
        return receivedQuantity;
    }

    public PriceVerdict getVerdict() {
        return verdict;
    }

    public BigDecimal getDeviationPct() {
        return deviationPct;
    }

    /** The stored explanation in the reader's language. */
    public String explanation(java.util.Locale locale) {
        return org.solarpm.shared.Messages.pick(locale, explanationZh, explanationEn);
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public List<Receipt> getReceipts() {
        return List.copyOf(receipts);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof OrderLine l && id != null && id.equals(l.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
