package org.solarpm.web.project;

import jakarta.validation.constraints.NotNull;
import org.solarpm.project.ProjectRole;

/** {@code POST /projects/{id}/members}: adds a user or changes their project role. */
public record AddMemberRequest(@NotNull Long userId, @NotNull ProjectRole role) {
}
