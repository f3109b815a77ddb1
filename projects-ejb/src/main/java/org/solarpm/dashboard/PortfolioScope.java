package org.solarpm.dashboard;

import java.util.ArrayList;
import java.util.List;
import org.solarpm.identity.Actor;
import org.solarpm.identity.Role;
import org.solarpm.shared.DomainException;

/**
 * Which projects a dashboard reader sees: executives and administrators the whole company (or the
 * branch they ask for), branch heads their branch, project managers the projects they manage. Site
 * leads and buyers have no dashboard. Rendered as a SQL condition on {@code project p}.
 */
public record PortfolioScope(String condition, List<Object> parameters) {

    public static PortfolioScope of(Actor actor, Long branchId) {
        List<String> any = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (actor.seesWholeCompany()) {
            any.add("1 = 1");
        } else {
            if (actor.has(Role.BRANCH_HEAD) && actor.branchId() != null) {
                any.add("p.branch_id = ?");
                params.add(actor.branchId());
            }
            if (actor.has(Role.PROJECT_MANAGER)) {
                any.add("(p.manager_id = ? OR EXISTS (SELECT 1 FROM project_member pm WHERE pm.project_id = p.id"
                        + " AND pm.user_id = ? AND pm.role = 'PM'))");
                params.add(actor.id());
                params.add(actor.id());
            }
        }
        if (any.isEmpty()) {
            throw DomainException.forbidden();
        }
        String condition = "(" + String.join(" OR ", any) + ")";
        if (branchId != null) {
            if (!actor.seesWholeCompany() && !(actor.has(Role.BRANCH_HEAD) && branchId.equals(actor.branchId()))
                    && !actor.has(Role.PROJECT_MANAGER)) {
                throw DomainException.forbidden();
            }
            condition += " AND p.branch_id = ?";
            params.add(branchId);
        }
        return new PortfolioScope(condition, List.copyOf(params));
    }
}
