package org.solarpm.web.procurement;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.solarpm.procurement.NewSupplier;

/** {@code POST /suppliers}. */
public record CreateSupplierRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._\\-]+") String code,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 100) String contactName,
        @Size(max = 32) @Pattern(regexp = "[0-9+\\- ]*") String contactPhone,
        @Email @Size(max = 254) String contactEmail) {

    NewSupplier toCommand() {
        return new NewSupplier(code.strip(), name.strip(), contactName, contactPhone, contactEmail);
    }
}
