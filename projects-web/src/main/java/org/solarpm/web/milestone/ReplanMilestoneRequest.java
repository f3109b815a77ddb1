package org.solarpm.web.milestone;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/** {@code PATCH /milestones/{id}}: a new planned date (with a reason) and/or the decision makers. */
public record ReplanMilestoneRequest(LocalDate plannedDate, @Size(max = 1000) String reason, @Size(max = 50) Set<Long> decisionMakers,
                                     Integer version) {
}
