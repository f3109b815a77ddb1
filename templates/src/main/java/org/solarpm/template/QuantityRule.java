package org.solarpm.template;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Derives a quantity (bill-of-materials line or work item design quantity) from the project
 * capacity. See {@link QuantityBasis} and the template README for the exact rules.
 *
 * @param basis          how the quantity is derived
 * @param quantity       the quantity per MWp ({@code PER_MWP}) or in total ({@code FIXED}); absent otherwise
 * @param modulesPerUnit for {@code MODULE_COUNT} only: one unit per this many modules (a string of
 *                       28 modules), rounded up; absent means one unit per module
 */
public record QuantityRule(QuantityBasis basis, BigDecimal quantity, Integer modulesPerUnit) {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    public static QuantityRule perMwp(String quantity) {
        return new QuantityRule(QuantityBasis.PER_MWP, new BigDecimal(quantity), null);
    }

    public static QuantityRule moduleCount() {
        return new QuantityRule(QuantityBasis.MODULE_COUNT, null, null);
    }

    /**
     * The exact quantity for a capacity, not rounded to the unit (see
     * {@link MaterialLineDef#quantityFor} for that).
     *
     * @param capacityKwp the project DC capacity in kWp, positive
     * @param moduleWp    the module rating in Wp, positive
     */
    public BigDecimal quantityFor(BigDecimal capacityKwp, int moduleWp) {
        requirePositive(capacityKwp, moduleWp);
        BigDecimal result = switch (Objects.requireNonNull(basis, "basis")) {
            case PER_MWP -> capacityKwp.multiply(requireQuantity()).movePointLeft(3);
            case FIXED -> requireQuantity();
            case MODULE_COUNT -> moduleCountQuantity(moduleCount(capacityKwp, moduleWp));
            case MODULE_KWP -> BigDecimal.valueOf((long) moduleCount(capacityKwp, moduleWp) * moduleWp).movePointLeft(3);
        };
        return normalize(result);
    }

    /** Modules needed for a capacity: ceil(capacityKwp × 1000 / moduleWp). */
    public static int moduleCount(BigDecimal capacityKwp, int moduleWp) {
        requirePositive(capacityKwp, moduleWp);
        return capacityKwp.multiply(THOUSAND)
                .divide(BigDecimal.valueOf(moduleWp), 0, RoundingMode.CEILING)
                .intValueExact();
    }

    private BigDecimal moduleCountQuantity(int modules) {
        if (modulesPerUnit == null) {
            return BigDecimal.valueOf(modules);
        }
        return BigDecimal.valueOf(-Math.floorDiv(-modules, modulesPerUnit));
    }

    private BigDecimal requireQuantity() {
        if (quantity == null) {
            throw new IllegalStateException("basis " + basis + " needs a quantity");
        }
        return quantity;
    }

    private static void requirePositive(BigDecimal capacityKwp, int moduleWp) {
        if (capacityKwp == null || capacityKwp.signum() <= 0) {
            throw new IllegalArgumentException("capacityKwp must be positive: " + capacityKwp);
        }
        if (moduleWp <= 0) {
            throw new IllegalArgumentException("moduleWp must be positive: " + moduleWp);
        }
    }

    /** 92000.000 becomes 92000, 12.50 becomes 12.5; never an exponent. */
    static BigDecimal normalize(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
