package org.solarpm.template;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A construction work item of a new project with its design quantity and planned window (inclusive). */
public record PlannedWorkItem(String code, LocalizedText name, String unit, BigDecimal designQuantity,
                              BigDecimal weight, LocalDate plannedStart, LocalDate plannedEnd) {
}
