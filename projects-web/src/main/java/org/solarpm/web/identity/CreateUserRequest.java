package org.solarpm.web.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.solarpm.identity.NewUser;
import org.solarpm.identity.Role;

/** {@code POST /users}. */
public record CreateUserRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{2,64}", message = "{field.username.pattern}") String username,
        @NotBlank @Size(max = 100) String displayName,
        @Size(max = 32) @Pattern(regexp = "[0-9+\\- ]*") String phone,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = "zh-CN|en") String language,
        @NotBlank @Size(min = 6, max = 128, message = "{field.password.size}") String password,
        Long branchId,
        Long supervisorId,
        Set<Role> roles) {

    NewUser toCommand() {
        return new NewUser(username, displayName.strip(), phone, email, language, password, branchId, supervisorId,
                roles == null ? Set.of() : roles);
    }
}
