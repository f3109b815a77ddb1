package org.solarpm.web.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.solarpm.project.NewProject;
import org.solarpm.project.ProjectDetails;

/** {@code POST /projects}: a project from a template. */
public record CreateProjectRequest(
        @NotBlank @Size(max = 64) String templateCode,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{1,39}") String code,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String customer,
        @NotNull @Valid Site site,
        @NotNull @Positive @DecimalMax("10000000") BigDecimal capacityKwp,
        @Min(300) @Max(800) Integer moduleWp,
        @NotNull LocalDate plannedStart,
        LocalDate plannedCod,
        @PositiveOrZero @DecimalMax("99999999999999") BigDecimal contractValue,
        @PositiveOrZero @DecimalMax("99999999999999") BigDecimal budget,
        @NotNull Long branchId,
        @NotNull Long managerId) {

    /** Where the plant is. */
    public record Site(@NotBlank @Size(max = 300) String address,
                       @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
                       @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude) {
    }

    NewProject toCommand() {
        return new NewProject(templateCode, new ProjectDetails(code.strip(), name.strip(), customer.strip(), site.address().strip(),
                site.latitude(), site.longitude(), contractValue, budget, plannedStart, plannedCod), capacityKwp, moduleWp, branchId, managerId);
    }
}
