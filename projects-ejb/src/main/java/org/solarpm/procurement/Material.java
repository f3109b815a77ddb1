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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.solarpm.shared.DomainException;

/**
 * A catalogue material. Its category and spec attributes decide the unit prices are compared in
 * (CNY/W for modules, CNY/kW for inverters, CNY/m for cable, otherwise CNY per the material's unit)
 * and the spec class the price check falls back to when the material itself has too little history.
 */
@Entity
@Table(name = "material")
@NamedQuery(name = Material.ALL, query = "SELECT m FROM Material m ORDER BY m.category, m.code")
@NamedQuery(name = Material.COUNT_ALL, query = "SELECT COUNT(m) FROM Material m")
@NamedQuery(name = Material.OF_CATEGORY, query = "SELECT m FROM Material m WHERE m.category = :category ORDER BY m.code")
@NamedQuery(name = Material.COUNT_OF_CATEGORY, query = "SELECT COUNT(m) FROM Material m WHERE m.category = :category")
@NamedQuery(name = Material.BY_CODE, query = "SELECT m FROM Material m WHERE m.code = :code")
@NamedQuery(name = Material.IDS_OF_SPEC_CLASS, query = "SELECT m.id FROM Material m WHERE m.specClass = :specClass")
public class Material {

    public static final String ALL = "Material.all";
    public static final String COUNT_ALL = "Material.countAll";
    public static final String OF_CATEGORY = "Material.ofCategory";
    public static final String COUNT_OF_CATEGORY = "Material.countOfCategory";
    public static final String BY_CODE = "Material.byCode";
    public static final String IDS_OF_SPEC_CLASS = "Material.idsOfSpecClass";

    /** Modules within this many Wp count as the same class (e.g. 575-599 Wp). */
    static final int MODULE_WP_CLASS = 25;
    private static final MathContext MC = new MathContext(12, RoundingMode.HALF_UP);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private MaterialCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private QuantityUnit unit;

    @Column(name = "module_wp")
    private BigDecimal moduleWp;

    @Column(name = "inverter_kw")
    private BigDecimal inverterKw;

    @Column(name = "cable_mm2")
    private BigDecimal cableMm2;

    @Column(name = "spec_class", nullable = false, length = 64)
    private String specClass;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Material() {
    }

    public Material(String code, String nameZh, String nameEn, MaterialCategory category, QuantityUnit unit,
                    BigDecimal moduleWp, BigDecimal inverterKw, BigDecimal cableMm2, Instant createdAt) {
        this.code = Objects.requireNonNull(code).strip();
        this.nameZh = nameZh;
        this.nameEn = nameEn == null || nameEn.isBlank() ? nameZh : nameEn;
        this.category = Objects.requireNonNull(category);
        this.unit = Objects.requireNonNull(unit);
        this.moduleWp = positiveOrNull("moduleWp", moduleWp);
        this.inverterKw = positiveOrNull("inverterKw", inverterKw);
        this.cableMm2 = positiveOrNull("cableMm2", cableMm2);
        if (category == MaterialCategory.MODULE && this.moduleWp == null) {
            throw DomainException.invalid("moduleWp", "error.field.required");
        }
        if (category == MaterialCategory.INVERTER && this.inverterKw == null) {
            throw DomainException.invalid("inverterKw", "error.field.required");
        }
        this.specClass = specClassOf();
        this.createdAt = createdAt;
    }

    private static BigDecimal positiveOrNull(String field, BigDecimal value) {
        if (value != null && value.signum() <= 0) {
            throw DomainException.invalid(field, "jakarta.validation.constraints.Positive.message");
        }
        return value;
    }

    private String specClassOf() {
        return switch (category) {
            case MODULE -> "MODULE:" + (moduleWp.intValue() / MODULE_WP_CLASS) * MODULE_WP_CLASS;
            case INVERTER -> "INVERTER:" + inverterKw.stripTrailingZeros().toPlainString();
            case DC_CABLE, AC_CABLE -> category + ":" + (cableMm2 == null ? "?" : cableMm2.stripTrailingZeros().toPlainString());
            default -> category + ":" + unit.symbol();
        };
    }

    /** The unit all prices of this material are compared in: W, kW, m, or the material's own unit. */
    public QuantityUnit priceUnit() {
        return switch (category) {
            case MODULE -> QuantityUnit.W;
            case INVERTER -> QuantityUnit.KW;
            case DC_CABLE, AC_CABLE -> QuantityUnit.M;
            default -> unit;
        };
    }

    /**
     * Converts a price per {@code per} into CNY per {@link #priceUnit()}: a module's price per piece
     * divided by its Wp, an inverter's price per set divided by its kW, and so on.
     *
     * @throws DomainException (field {@code unit}) when the units cannot be converted
     */
    public BigDecimal normalise(BigDecimal price, QuantityUnit per) {
        QuantityUnit target = priceUnit();
        QuantityUnit from = per == null ? unit : per;
        if (from == target) {
            return price;
        }
        BigDecimal result = switch (target) {
            case W -> switch (from) {
                case PCS -> price.divide(moduleWp, MC);
                case KW, KWP -> price.divide(THOUSAND, MC);
                default -> null;
            };
            case KW -> switch (from) {
                case PCS, SET -> price.divide(inverterKw, MC);
                case W -> price.multiply(THOUSAND);
                case KWP -> price;
                default -> null;
            };
            default -> null;
        };
        if (result == null) {
            throw DomainException.invalid("unit", "error.price.unitNotConvertible", from.symbol(), target.symbol());
        }
        return result;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String name(Locale locale) {
        return org.solarpm.shared.Messages.pick(locale, nameZh, nameEn);
    }

    public MaterialCategory getCategory() {
        return category;
    }

    public QuantityUnit getUnit() {
        return unit;
    }

    public BigDecimal getModuleWp() {
        return moduleWp;
    }

    public BigDecimal getInverterKw() {
        return inverterKw;
    }

    public BigDecimal getCableMm2() {
        return cableMm2;
    }

    public String getSpecClass() {
        return specClass;
    }

    public boolean isActive() {
        return active;
    }

    public int getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Material m && id != null && id.equals(m.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
