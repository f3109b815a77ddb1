package org.solarpm.web.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /session}. */
public record SignInRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password) {
}
