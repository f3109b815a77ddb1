package org.solarpm.procurement;

import java.time.LocalDate;

/** One normalised historical price on a day: the input of {@link PriceStatistics}. */
public record PriceSample(LocalDate date, double price) {
}
