package org.solarpm.web.procurement.budget;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.solarpm.procurement.budget.MaterialStatus;
import org.solarpm.procurement.budget.ProjectCostService;
import org.solarpm.procurement.budget.ProjectCosts;
import org.solarpm.shared.Messages;
import org.solarpm.web.project.Money;
import org.solarpm.web.project.Quantity;
import org.solarpm.web.security.CurrentUser;

/** {@code GET /projects/{id}/materials}: the material plan vs ordered vs received vs consumed, with warnings. */
@Path("/projects/{id}/materials")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectMaterialsResource {

    public record PlanLineView(long planLineId, int position, String materialCode, String name, String category, Quantity planned,
                               Quantity ordered, Quantity received, Quantity consumed, Quantity toOrder, Quantity onSite,
                               BigDecimal orderedPct, Money budget, List<String> warnings) {
    }

    public record UnplannedView(long materialId, String materialCode, String name, String category, Quantity ordered, Quantity received) {
    }

    public record MaterialsView(long projectId, List<PlanLineView> items, List<UnplannedView> unplanned) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    ProjectCostService costs;

    @GET
    public MaterialsView materials(@PathParam("id") long projectId) {
        var actor = currentUser.actor();
        var result = costs.materials(actor, projectId);
        return new MaterialsView(projectId,
                result.planned().stream().map(s -> view(s, actor.locale())).toList(),
                result.unplanned().stream().map(u -> unplanned(u, actor.locale())).toList());
    }

    private static PlanLineView view(MaterialStatus s, Locale locale) {
        ProjectCosts.PlanRow r = s.row();
        String unit = r.unit();
        BigDecimal pct = r.planned().signum() == 0 ? null
                : r.ordered().multiply(BigDecimal.valueOf(100)).divide(r.planned(), 1, java.math.RoundingMode.HALF_UP);
        return new PlanLineView(r.planLineId(), r.position(), r.materialCode(), Messages.pick(locale, r.nameZh(), r.nameEn()), r.category(),
                Quantity.of(r.planned(), unit), Quantity.of(r.ordered(), unit), Quantity.of(r.received(), unit),
                Quantity.of(r.consumed(), unit), Quantity.of(s.toOrder(), unit), Quantity.of(s.onSite(), unit), pct,
                Money.cny(r.budget()), s.warnings().stream().map(Enum::name).toList());
    }

    private static UnplannedView unplanned(ProjectCosts.UnplannedRow u, Locale locale) {
        QuantityUnitSymbol unit = new QuantityUnitSymbol(u.unit());
        return new UnplannedView(u.materialId(), u.materialCode(), Messages.pick(locale, u.nameZh(), u.nameEn()), u.category(),
                Quantity.of(u.ordered(), unit.symbol()), Quantity.of(u.received(), unit.symbol()));
    }

    /** Order lines store the unit enum name (PCS); clients see the symbol (pcs). */
    private record QuantityUnitSymbol(String stored) {
        String symbol() {
            try {
                return org.solarpm.procurement.QuantityUnit.valueOf(stored).symbol();
            } catch (IllegalArgumentException e) {
                return stored;
            }
        }
    }
}
