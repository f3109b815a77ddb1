package org.solarpm.web.project;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.solarpm.project.Stage;

/** {@code POST /projects/{id}/stage}; {@code override} with a reason is for administrators. */
public record ChangeStageRequest(@NotNull Stage to, @Size(max = 1000) String note, Boolean override,
                                 @Size(max = 1000) String overrideReason) {
}
