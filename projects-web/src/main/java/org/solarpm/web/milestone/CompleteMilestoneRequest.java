package org.solarpm.web.milestone;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** {@code POST /milestones/{id}/complete}. */
public record CompleteMilestoneRequest(@NotNull LocalDate actualDate) {
}
