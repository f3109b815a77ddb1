package org.solarpm.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.solarpm.shared.DomainException;

class PricePointTest {

    @Test
    void shouldStoreTheNormalisedPriceAndANaturalKeyThatIgnoresScale() {
        Material module = MaterialTest.module(580);
        PricePoint a = new PricePoint(module, 3L, LocalDate.of(2025, 9, 1), new BigDecimal("1000"), new BigDecimal("406"),
                QuantityUnit.PCS, PriceSource.IMPORT, "HT-1", Instant.EPOCH);
        PricePoint b = new PricePoint(module, 3L, LocalDate.of(2025, 9, 1), new BigDecimal("1000.000"), new BigDecimal("406.000"),
                QuantityUnit.PCS, PriceSource.IMPORT, " HT-1 ", Instant.EPOCH);
        assertThat(a.getNormalisedPrice()).isEqualByComparingTo("0.7");
        assertThat(a.getNaturalKey()).hasSize(64).isEqualTo(b.getNaturalKey());
        PricePoint other = new PricePoint(module, null, LocalDate.of(2025, 9, 1), new BigDecimal("1000"), new BigDecimal("406"),
                QuantityUnit.PCS, PriceSource.IMPORT, "HT-1", Instant.EPOCH);
        assertThat(other.getNaturalKey()).isNotEqualTo(a.getNaturalKey());
    }

    @Test
    void shouldRefuseNonPositivePricesAndQuantities() {
        Material module = MaterialTest.module(580);
        assertThatThrownBy(() -> new PricePoint(module, null, LocalDate.now(), BigDecimal.ONE, new BigDecimal("-0.7"), QuantityUnit.W,
                PriceSource.IMPORT, null, Instant.EPOCH)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new PricePoint(module, null, LocalDate.now(), BigDecimal.ZERO, new BigDecimal("0.7"), QuantityUnit.W,
                PriceSource.IMPORT, null, Instant.EPOCH)).isInstanceOf(DomainException.class);
    }
}
