package org.solarpm.web.project;

import java.util.Locale;
import org.solarpm.project.SimilarProjects;

/** A finished project like the one asked about, with its prices per Wp. */
public record SimilarProjectView(long id, String code, String name, String type, Quantity capacity, String stage,
                                 Money contractValue, Money contractValuePerWp, Money budget, Money costPerWp) {

    static SimilarProjectView of(SimilarProjects.Match m, Locale locale) {
        var p = m.project();
        return new SimilarProjectView(p.getId(), p.getCode(), p.getName(), p.getType().name(), Quantity.of(p.getCapacityKwp(), "kWp"),
                p.getStage().name(), Money.cny(p.getContractValue()), Money.cnyPerWp(m.contractValuePerWp()), Money.cny(p.getBudget()),
                Money.cnyPerWp(m.costPerWp()));
    }
}
