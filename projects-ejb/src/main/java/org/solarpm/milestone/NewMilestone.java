package org.solarpm.milestone;

import java.time.LocalDate;
import java.util.Set;

/** A milestone added by hand to a project's plan. */
public record NewMilestone(String nameZh, String nameEn, String stage, boolean key, LocalDate plannedDate, Set<Long> decisionMakers) {
}
