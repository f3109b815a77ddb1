package org.solarpm.web.milestone;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.solarpm.milestone.NewMilestone;

/** {@code POST /projects/{id}/milestones}. */
public record AddMilestoneRequest(@NotBlank @Size(max = 200) String nameZh, @Size(max = 200) String nameEn, @NotBlank String stage,
                                  Boolean key, @NotNull LocalDate plannedDate, @Size(max = 50) Set<Long> decisionMakers) {

    NewMilestone toCommand() {
        return new NewMilestone(nameZh, nameEn, stage, Boolean.TRUE.equals(key), plannedDate, decisionMakers);
    }
}
