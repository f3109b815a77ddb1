package org.solarpm.web.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.solarpm.project.ProjectDetails;

/** {@code PATCH /projects/{id}}: fields left out keep their value; {@code version} is the one the client read. */
public record UpdateProjectRequest(
        @NotNull Integer version,
        @Size(min = 1, max = 200) String name,
        @Size(min = 1, max = 200) String customer,
        @Valid CreateProjectRequest.Site site,
        @PositiveOrZero @DecimalMax("99999999999999") BigDecimal contractValue,
        @PositiveOrZero @DecimalMax("99999999999999") BigDecimal budget,
        LocalDate plannedStart,
        LocalDate plannedCod,
        Long managerId) {

    ProjectDetails applyTo(ProjectDetails d) {
        return new ProjectDetails(d.code(), name == null ? d.name() : name.strip(), customer == null ? d.customer() : customer.strip(),
                site == null ? d.siteAddress() : site.address(), site == null ? d.latitude() : site.latitude(),
                site == null ? d.longitude() : site.longitude(), contractValue == null ? d.contractValue() : contractValue,
                budget == null ? d.budget() : budget, plannedStart == null ? d.plannedStart() : plannedStart,
                plannedCod == null ? d.plannedCod() : plannedCod);
    }
}
