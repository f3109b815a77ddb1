package org.solarpm.web.procurement.budget;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.solarpm.procurement.budget.BudgetCategory;
import org.solarpm.procurement.budget.BudgetLine;
import org.solarpm.procurement.budget.ProjectCostService;
import org.solarpm.shared.DomainException;
import org.solarpm.web.project.Money;
import org.solarpm.web.security.CurrentUser;

/**
 * {@code GET/PUT /projects/{id}/budget}: budget per cost category vs committed (approved orders, tax
 * included) vs received, variance = budget - committed. PUT sets amounts (PMs and administrators) with
 * the version read; 409 when stale.
 */
@Path("/projects/{id}/budget")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectBudgetResource {

    public record LineView(String category, Money budget, Money committed, Money received, Money variance, BigDecimal usedPct,
                           boolean overBudget) {
        static LineView of(BudgetLine l) {
            return new LineView(l.category() == null ? "TOTAL" : l.category().name(), Money.cny(l.budget()), Money.cny(l.committed()),
                    Money.cny(l.received()), Money.cny(l.variance()), l.usedPct(), l.overBudget());
        }
    }

    public record BudgetView(long projectId, int version, boolean fromPlan, String currency, List<LineView> categories, LineView total) {
        static BudgetView of(ProjectCostService.Budget b) {
            return new BudgetView(b.projectId(), b.version(), b.fromPlan(), "CNY", b.lines().stream().map(LineView::of).toList(),
                    LineView.of(b.total()));
        }
    }

    /** {@code amounts}: category -> CNY amount (a decimal string or number); categories left out keep their amount. */
    public record UpdateBudgetRequest(@NotNull Integer version, @NotNull Map<String, BigDecimal> amounts) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    ProjectCostService costs;

    @GET
    public Response get(@PathParam("id") long projectId) {
        return view(costs.budget(currentUser.actor(), projectId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("id") long projectId, @Valid @NotNull UpdateBudgetRequest body) {
        Map<BudgetCategory, BigDecimal> amounts = new EnumMap<>(BudgetCategory.class);
        for (var e : body.amounts().entrySet()) {
            BudgetCategory category;
            try {
                category = BudgetCategory.valueOf(e.getKey().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw DomainException.invalid("amounts." + e.getKey(), "error.budget.unknownCategory", e.getKey());
            }
            if (e.getValue() == null) {
                throw DomainException.invalid("amounts." + category.name(), "error.field.required");
            }
            amounts.put(category, e.getValue());
        }
        return view(costs.changeBudget(currentUser.actor(), projectId, body.version(), amounts));
    }

    private static Response view(ProjectCostService.Budget budget) {
        return Response.ok(BudgetView.of(budget)).tag(new EntityTag(Integer.toString(budget.version()))).build();
    }
}
