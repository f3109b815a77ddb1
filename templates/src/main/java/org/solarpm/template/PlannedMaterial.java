package org.solarpm.template;

import java.math.BigDecimal;

/**
 * A bill-of-materials line of a new project.
 *
 * @param budgetCny the seeded budget in CNY, {@code null} when the template gives no figure
 */
public record PlannedMaterial(String materialCode, LocalizedText name, MaterialCategory category, String unit,
                              BigDecimal quantity, BigDecimal budgetCny) {
}
