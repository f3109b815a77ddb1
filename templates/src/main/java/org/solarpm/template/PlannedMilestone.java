package org.solarpm.template;

import java.time.LocalDate;

/** A milestone of a new project with its planned date. */
public record PlannedMilestone(String code, LocalizedText name, StageCode stage, boolean key, LocalDate plannedDate) {
}
