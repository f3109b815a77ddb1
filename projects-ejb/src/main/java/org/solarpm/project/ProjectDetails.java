package org.solarpm.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The descriptive, editable fields of a project (money in CNY). */
public record ProjectDetails(String code, String name, String customer, String siteAddress, BigDecimal latitude,
                             BigDecimal longitude, BigDecimal contractValue, BigDecimal budget, LocalDate plannedStart,
                             LocalDate plannedCod) {
}
