package org.solarpm.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.solarpm.shared.DomainException;

class MaterialTest {

    static Material module(int wp) {
        return withId(new Material("M-" + wp, "组件 " + wp + "W", "Module " + wp + " W", MaterialCategory.MODULE, QuantityUnit.PCS,
                BigDecimal.valueOf(wp), null, null, Instant.EPOCH), wp);
    }

    /** As if persisted: the id the database would have given. */
    static Material withId(Material m, long id) {
        try {
            var field = Material.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(m, id);
            return m;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Material inverter(String kw) {
        return new Material("INV-" + kw, "逆变器", "Inverter", MaterialCategory.INVERTER, QuantityUnit.SET, null, new BigDecimal(kw), null,
                Instant.EPOCH);
    }

    static Material cable(MaterialCategory category, String mm2) {
        return new Material("C-" + mm2, "电缆", "Cable", category, QuantityUnit.M, null, null, new BigDecimal(mm2), Instant.EPOCH);
    }

    @Test
    void shouldNormaliseAModulePricePerPieceToCnyPerWatt() {
        Material m = module(580);
        assertThat(m.priceUnit()).isEqualTo(QuantityUnit.W);
        assertThat(m.normalise(new BigDecimal("406.00"), QuantityUnit.PCS)).isEqualByComparingTo("0.7");
        assertThat(m.normalise(new BigDecimal("0.71"), QuantityUnit.W)).isEqualByComparingTo("0.71");
        assertThat(m.normalise(new BigDecimal("720"), QuantityUnit.KWP)).isEqualByComparingTo("0.72");
    }

    @Test
    void shouldNormaliseAnInverterPricePerSetToCnyPerKilowatt() {
        Material m = inverter("110");
        assertThat(m.priceUnit()).isEqualTo(QuantityUnit.KW);
        assertThat(m.normalise(new BigDecimal("16500"), QuantityUnit.SET)).isEqualByComparingTo("150");
        assertThat(m.normalise(new BigDecimal("16500"), QuantityUnit.PCS)).isEqualByComparingTo("150");
        assertThat(m.normalise(new BigDecimal("0.15"), QuantityUnit.W)).isEqualByComparingTo("150");
        assertThat(m.normalise(new BigDecimal("16500"), null)).as("no unit means the material unit: per set").isEqualByComparingTo("150");
    }

    @Test
    void shouldKeepCablePerMetreAndRefuseOtherUnits() {
        Material m = cable(MaterialCategory.DC_CABLE, "4");
        assertThat(m.priceUnit()).isEqualTo(QuantityUnit.M);
        assertThat(m.normalise(new BigDecimal("3.2"), QuantityUnit.M)).isEqualByComparingTo("3.2");
        assertThatThrownBy(() -> m.normalise(new BigDecimal("3200"), QuantityUnit.T))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors().get(0).field()).isEqualTo("unit"));
    }

    @Test
    void shouldPriceOtherMaterialsInTheirOwnUnit() {
        Material racking = new Material("R-1", "支架", "Racking", MaterialCategory.RACKING, QuantityUnit.T, null, null, null, Instant.EPOCH);
        assertThat(racking.priceUnit()).isEqualTo(QuantityUnit.T);
        assertThat(racking.normalise(new BigDecimal("8000"), QuantityUnit.T)).isEqualByComparingTo("8000");
        assertThatThrownBy(() -> racking.normalise(BigDecimal.ONE, QuantityUnit.PCS)).isInstanceOf(DomainException.class);
        assertThat(racking.getSpecClass()).isEqualTo("RACKING:t");
    }

    @Test
    void shouldGroupModulesIntoWattClassesForTheFallback() {
        assertThat(module(580).getSpecClass()).isEqualTo("MODULE:575");
        assertThat(module(595).getSpecClass()).isEqualTo("MODULE:575");
        assertThat(module(600).getSpecClass()).isEqualTo("MODULE:600");
        assertThat(inverter("110.00").getSpecClass()).isEqualTo("INVERTER:110");
        assertThat(cable(MaterialCategory.AC_CABLE, "95").getSpecClass()).isEqualTo("AC_CABLE:95");
    }

    @Test
    void shouldRequireTheSpecThatPricesAreNormalisedBy() {
        assertThatThrownBy(() -> new Material("M", "组件", "Module", MaterialCategory.MODULE, QuantityUnit.PCS, null, null, null, Instant.EPOCH))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors().get(0).field()).isEqualTo("moduleWp"));
        assertThatThrownBy(() -> new Material("M", "组件", "Module", MaterialCategory.MODULE, QuantityUnit.PCS, BigDecimal.valueOf(-5), null,
                null, Instant.EPOCH)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new Material("I", "逆变器", "Inverter", MaterialCategory.INVERTER, QuantityUnit.SET, null, null, null,
                Instant.EPOCH)).isInstanceOf(DomainException.class);
    }

    @Test
    void shouldParseUnitsAsWrittenOnPurchaseDocuments() {
        assertThat(QuantityUnit.parse("pcs")).contains(QuantityUnit.PCS);
        assertThat(QuantityUnit.parse("块")).contains(QuantityUnit.PCS);
        assertThat(QuantityUnit.parse("KWP")).contains(QuantityUnit.KWP);
        assertThat(QuantityUnit.parse("w")).contains(QuantityUnit.W);
        assertThat(QuantityUnit.parse("furlong")).isEmpty();
        assertThat(QuantityUnit.parse(" ")).isEmpty();
    }
}
