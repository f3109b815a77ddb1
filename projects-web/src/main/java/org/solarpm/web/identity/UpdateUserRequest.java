package org.solarpm.web.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.solarpm.identity.Role;
import org.solarpm.identity.UserChanges;

/** {@code PATCH /users/{id}}: profile, branch, supervisor and roles; fields left out stay as they are. */
public record UpdateUserRequest(
        @Size(min = 1, max = 100) String displayName,
        @Size(max = 32) @Pattern(regexp = "[0-9+\\- ]*") String phone,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = "zh-CN|en") String language,
        Long branchId,
        Long supervisorId,
        Set<Role> roles,
        Integer version) {

    /** @param present the member names the request body actually carried (merge-patch: absent means unchanged) */
    UserChanges toChanges(Set<String> present) {
        return new UserChanges(displayName, phone, email, language, branchId, supervisorId, roles, version, present);
    }
}
