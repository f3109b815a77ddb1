package org.solarpm.web.project;

import java.time.LocalDate;
import java.util.Locale;
import org.solarpm.project.Project;

/** A row of the project list. */
public record ProjectSummary(long id, String code, String name, String customer, String type, Quantity capacity,
                             ProjectView.Ref branch, ProjectView.Ref manager, String stage, String stageName,
                             LocalDate plannedStart, LocalDate plannedCod, Money contractValue) {

    public static ProjectSummary of(Project p, Locale locale) {
        return new ProjectSummary(p.getId(), p.getCode(), p.getName(), p.getCustomer(), p.getType().name(),
                Quantity.of(p.getCapacityKwp(), "kWp"),
                new ProjectView.Ref(p.getBranch().getId(), p.getBranch().getCode(), p.getBranch().name(locale)),
                ProjectView.Ref.of(p.getManager()), p.getStage().name(), p.getStage().displayName(locale),
                p.getPlannedStart(), p.getPlannedCod(), Money.cny(p.getContractValue()));
    }
}
