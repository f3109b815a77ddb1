package org.solarpm.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One historical purchase price of a material: as entered (price and unit) and normalised to the
 * material's price unit. A natural key over what makes a record the same record lets imports and
 * approvals be repeated without duplicating history.
 */
@Entity
@Table(name = "price_point")
@NamedQuery(name = PricePoint.WINDOW_OF_MATERIALS, query = "SELECT p.priceDate, p.normalisedPrice FROM PricePoint p"
        + " WHERE p.materialId IN :materialIds AND p.priceDate BETWEEN :from AND :to")
@NamedQuery(name = PricePoint.HISTORY, query = "SELECT p FROM PricePoint p WHERE p.materialId = :materialId"
        + " AND p.priceDate BETWEEN :from AND :to ORDER BY p.priceDate, p.id")
@NamedQuery(name = PricePoint.HISTORY_OF_SUPPLIER, query = "SELECT p FROM PricePoint p WHERE p.materialId = :materialId"
        + " AND p.priceDate BETWEEN :from AND :to AND p.supplierId = :supplierId ORDER BY p.priceDate, p.id")
@NamedQuery(name = PricePoint.EXPORT_BATCH, query = "SELECT p.id, p.priceDate, p.supplierId, p.quantity, p.unitPrice, p.priceUnit,"
        + " p.currency, p.normalisedPrice, p.source, p.sourceRef FROM PricePoint p WHERE p.materialId = :materialId"
        + " AND p.priceDate BETWEEN :from AND :to AND (:supplierId IS NULL OR p.supplierId = :supplierId)"
        + " AND (p.priceDate > :afterDate OR (p.priceDate = :afterDate AND p.id > :afterId)) ORDER BY p.priceDate, p.id")
public class PricePoint {

    public static final String WINDOW_OF_MATERIALS = "PricePoint.windowOfMaterials";
    public static final String HISTORY = "PricePoint.history";
    public static final String HISTORY_OF_SUPPLIER = "PricePoint.historyOfSupplier";
    public static final String EXPORT_BATCH = "PricePoint.exportBatch";
    public static final String CURRENCY = "CNY";
    public static final int PRICE_SCALE = 6;
    public static final int QUANTITY_SCALE = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "material_id", nullable = false)
    private Long materialId;

    @Column(name = "supplier_id")
    private Long supplierId;

    @Column(name = "price_date", nullable = false)
    private LocalDate priceDate;

    @Column(nullable = false)
    private BigDecimal quantity;

    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    @Enumerated(EnumType.STRING)
    @Column(name = "price_unit", nullable = false, length = 8)
    private QuantityUnit priceUnit;

    @Column(nullable = false, length = 3)
    private String currency = CURRENCY;

    @Column(name = "normalised_price", nullable = false)
    private BigDecimal normalisedPrice;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PriceSource source;

    @Column(name = "source_ref", nullable = false, length = 100)
    private String sourceRef;

    @Column(name = "natural_key", nullable = false, length = 64)
    private String naturalKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PricePoint() {
    }

    /** A price of {@code material}, normalised by the material's own rules. */
    public PricePoint(Material material, Long supplierId, LocalDate date, BigDecimal quantity, BigDecimal unitPrice,
                      QuantityUnit priceUnit, PriceSource source, String sourceRef, Instant createdAt) {
        if (unitPrice.signum() <= 0) {
            throw org.solarpm.shared.DomainException.invalid("unitPrice", "jakarta.validation.constraints.Positive.message");
        }
        if (quantity.signum() <= 0) {
            throw org.solarpm.shared.DomainException.invalid("quantity", "jakarta.validation.constraints.Positive.message");
        }
        this.materialId = material.getId();
        this.supplierId = supplierId;
        this.priceDate = Objects.requireNonNull(date);
        this.quantity = quantity.setScale(QUANTITY_SCALE, RoundingMode.HALF_UP);
        this.unitPrice = unitPrice.setScale(PRICE_SCALE, RoundingMode.HALF_UP);
        this.priceUnit = priceUnit == null ? material.getUnit() : priceUnit;
        this.normalisedPrice = material.normalise(unitPrice, this.priceUnit).setScale(PRICE_SCALE, RoundingMode.HALF_UP);
        this.source = source;
        this.sourceRef = sourceRef == null ? "" : sourceRef.strip();
        this.naturalKey = naturalKey(materialId, supplierId, priceDate, normalisedPrice, this.quantity, source, this.sourceRef);
        this.createdAt = createdAt;
    }

    /** SHA-256 (hex) of what identifies a record; prices and quantities at their stored scale. */
    public static String naturalKey(long materialId, Long supplierId, LocalDate date, BigDecimal normalisedPrice,
                                    BigDecimal quantity, PriceSource source, String sourceRef) {
        String text = materialId + "|" + (supplierId == null ? "" : supplierId) + "|" + date + "|"
                + normalisedPrice.setScale(PRICE_SCALE, RoundingMode.HALF_UP).toPlainString() + "|"
                + quantity.setScale(QUANTITY_SCALE, RoundingMode.HALF_UP).toPlainString() + "|" + source + "|"
                + (sourceRef == null ? "" : sourceRef.strip());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Long getId() {
        return id;
    }

    public Long getMaterialId() {
        return materialId;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public LocalDate getPriceDate() {
        return priceDate;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public QuantityUnit getPriceUnit() {
        return priceUnit;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getNormalisedPrice() {
        return normalisedPrice;
    }

    public PriceSource getSource() {
        return source;
    }

    public String getSourceRef() {
        return sourceRef;
    }

    public String getNaturalKey() {
        return naturalKey;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof PricePoint p && id != null && id.equals(p.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
