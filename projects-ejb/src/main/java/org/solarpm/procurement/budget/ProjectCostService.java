package org.solarpm.procurement.budget;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.solarpm.identity.Actor;
import org.solarpm.identity.AuditLog;
import org.solarpm.project.Project;
import org.solarpm.project.ProjectRole;
import org.solarpm.project.ProjectService;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.DomainException;

/**
 * A project's material plan position and budget. Everyone who sees the project reads them; its PMs
 * and administrators set the budget (optimistic version, a stale version changes nothing).
 */
@Stateless
public class ProjectCostService {

    @Inject
    ProjectService projects;

    @Inject
    ProjectCosts costs;

    @Inject
    AuditLog audit;

    @Inject
    CompanyClock clock;

    /** The plan lines with their position, and ordered material outside the plan. */
    public record Materials(List<MaterialStatus> planned, List<ProjectCosts.UnplannedRow> unplanned) {
    }

    /** A budget with its version; {@code fromPlan} while nobody has set it (amounts come from the material plan). */
    public record Budget(long projectId, int version, boolean fromPlan, List<BudgetLine> lines) {

        public BudgetLine total() {
            BigDecimal b = BigDecimal.ZERO;
            BigDecimal c = BigDecimal.ZERO;
            BigDecimal r = BigDecimal.ZERO;
            for (BudgetLine l : lines) {
                b = b.add(l.budget());
                c = c.add(l.committed());
                r = r.add(l.received());
            }
            return new BudgetLine(null, b, c, r);
        }
    }

    public Materials materials(Actor actor, long projectId) {
        projects.get(actor, projectId);
        List<MaterialStatus> planned = costs.planOf(projectId).stream().map(MaterialStatus::of).toList();
        return new Materials(planned, costs.unplannedOf(projectId));
    }

    public Budget budget(Actor actor, long projectId) {
        projects.get(actor, projectId);
        return budgetOf(projectId);
    }

    /** Sets budget amounts per category; {@code expectedVersion} 0 while the budget still comes from the plan. */
    public Budget changeBudget(Actor actor, long projectId, int expectedVersion, Map<BudgetCategory, BigDecimal> amounts) {
        Project project = projects.get(actor, projectId);
        boolean pm = project.memberOf(actor.id()).map(m -> m.getRole() == ProjectRole.PM).orElse(false);
        if (!actor.isAdmin() && !pm) {
            throw DomainException.forbidden();
        }
        var existing = costs.budgetOf(projectId);
        int current = existing.map(ProjectBudget::getVersion).orElse(0);
        if (current != expectedVersion) {
            throw DomainException.conflict("error.staleVersion");
        }
        if (existing.isPresent()) {
            existing.get().change(amounts, actor.id(), clock.now());
        } else {
            Map<BudgetCategory, BigDecimal> start = new EnumMap<>(plannedAmounts(projectId));
            start.putAll(amounts);
            costs.add(new ProjectBudget(projectId, start, actor.id(), clock.now()));
        }
        costs.flush();
        audit.record(actor, "BUDGET_CHANGED", "Project", projectId, amounts.toString());
        return budgetOf(projectId);
    }

    private Budget budgetOf(long projectId) {
        var stored = costs.budgetOf(projectId);
        Map<BudgetCategory, BigDecimal> amounts = stored.map(ProjectBudget::amounts).orElseGet(() -> plannedAmounts(projectId));
        Map<BudgetCategory, BigDecimal[]> money = new EnumMap<>(BudgetCategory.class);
        for (ProjectCosts.CategoryMoney m : costs.committedOf(projectId)) {
            BigDecimal[] sum = money.computeIfAbsent(BudgetCategory.ofMaterialCategory(m.category()),
                    c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add(m.committed());
            sum[1] = sum[1].add(m.received());
        }
        List<BudgetLine> lines = new ArrayList<>();
        for (BudgetCategory c : BudgetCategory.values()) {
            BigDecimal[] m = money.getOrDefault(c, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            lines.add(new BudgetLine(c, money(amounts.getOrDefault(c, BigDecimal.ZERO)), money(m[0]), money(m[1])));
        }
        return new Budget(projectId, stored.map(ProjectBudget::getVersion).orElse(0), stored.isEmpty(), lines);
    }

    private Map<BudgetCategory, BigDecimal> plannedAmounts(long projectId) {
        Map<BudgetCategory, BigDecimal> amounts = new EnumMap<>(BudgetCategory.class);
        for (BudgetCategory c : BudgetCategory.values()) {
            amounts.put(c, BigDecimal.ZERO);
        }
        for (ProjectCosts.CategoryMoney m : costs.plannedBudgetOf(projectId)) {
            amounts.merge(BudgetCategory.ofMaterialCategory(m.category()), m.committed(), BigDecimal::add);
        }
        return amounts;
    }

    private static BigDecimal money(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }
}
