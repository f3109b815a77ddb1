package org.solarpm.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuantityRuleTest {

    private static final BigDecimal MW_100 = new BigDecimal("100000");

    @Test
    void shouldScalePerMwpQuantityWithCapacity() {
        assertThat(QuantityRule.perMwp("920").quantityFor(MW_100, 620)).isEqualTo(new BigDecimal("92000"));
        assertThat(QuantityRule.perMwp("0.334").quantityFor(MW_100, 620)).isEqualTo(new BigDecimal("33.4"));
        assertThat(QuantityRule.perMwp("920").quantityFor(new BigDecimal("2500.5"), 620)).isEqualTo(new BigDecimal("2300.46"));
    }

    @Test
    void shouldRoundTheModuleCountUp() {
        assertThat(QuantityRule.moduleCount(MW_100, 620)).isEqualTo(161_291);
        assertThat(QuantityRule.moduleCount(new BigDecimal("5000"), 590)).isEqualTo(8_475);
        assertThat(QuantityRule.moduleCount(new BigDecimal("58"), 580)).isEqualTo(100);
        assertThat(QuantityRule.moduleCount(new BigDecimal("58.001"), 580)).isEqualTo(101);
    }

    @Test
    void shouldDivideTheModuleCountPerUnitRoundingUp() {
        QuantityRule strings = new QuantityRule(QuantityBasis.MODULE_COUNT, null, 28);

        assertThat(strings.quantityFor(MW_100, 620)).isEqualTo(new BigDecimal("5761"));
        assertThat(strings.quantityFor(new BigDecimal("16.24"), 580)).isEqualTo(new BigDecimal("1"));
        assertThat(strings.quantityFor(new BigDecimal("16.82"), 580)).isEqualTo(new BigDecimal("2"));
    }

    @Test
    void shouldComputeInstalledKwpFromWholeModules() {
        QuantityRule kwp = new QuantityRule(QuantityBasis.MODULE_KWP, null, null);

        assertThat(kwp.quantityFor(MW_100, 620)).isEqualTo(new BigDecimal("100000.42"));
        assertThat(kwp.quantityFor(new BigDecimal("1000"), 580)).isEqualTo(new BigDecimal("1000.5"));
    }

    @Test
    void shouldKeepAFixedQuantityWhateverTheCapacity() {
        QuantityRule one = new QuantityRule(QuantityBasis.FIXED, BigDecimal.ONE, null);

        assertThat(one.quantityFor(MW_100, 620)).isEqualTo(BigDecimal.ONE);
        assertThat(one.quantityFor(new BigDecimal("20000"), 550)).isEqualTo(BigDecimal.ONE);
    }

    @Test
    void shouldRejectNonPositiveCapacityOrModuleRating() {
        QuantityRule rule = QuantityRule.moduleCount();

        assertThatThrownBy(() -> rule.quantityFor(BigDecimal.ZERO, 580)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capacityKwp");
        assertThatThrownBy(() -> rule.quantityFor(MW_100, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("moduleWp");
    }

    @Test
    void shouldRoundCountedUnitsUpAndMeasuredUnitsToThreeDecimals() {
        MaterialLineDef boxes = line("set", QuantityRule.perMwp("0.334"), null);
        MaterialLineDef cable = line("m", QuantityRule.perMwp("9500.12345"), null);

        assertThat(boxes.quantityFor(MW_100, 620)).isEqualTo(new BigDecimal("34"));
        assertThat(cable.quantityFor(new BigDecimal("1"), 620)).isEqualTo(new BigDecimal("9.5"));
        assertThat(cable.quantityFor(new BigDecimal("10"), 620)).isEqualTo(new BigDecimal("95.001"));
    }

    @Test
    void shouldSeedTheBudgetFromThePricePerWp() {
        MaterialLineDef modules = line("pcs", QuantityRule.moduleCount(), new BigDecimal("0.70"));

        assertThat(modules.budgetFor(MW_100)).contains(new BigDecimal("70000000.00"));
        assertThat(line("pcs", QuantityRule.moduleCount(), null).budgetFor(MW_100)).isEmpty();
    }

    private static MaterialLineDef line(String unit, QuantityRule rule, BigDecimal budgetPerWp) {
        return new MaterialLineDef("X", LocalizedText.of("物料", "Material"), MaterialCategory.OTHER, unit, rule, budgetPerWp);
    }
}
