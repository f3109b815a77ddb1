package org.solarpm.procurement.order;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.solarpm.identity.Role;
import org.solarpm.identity.User;
import org.solarpm.project.Project;
import org.solarpm.project.ProjectMember;
import org.solarpm.project.ProjectRole;
import org.solarpm.shared.DomainException;

/**
 * Turns the approval rules into people: the project's manager (another PM of the project when the
 * manager requested the order), the head of the project's branch, an executive. Nobody approves
 * their own order; a level nobody else can fill passes to the next higher one; a person appears once.
 */
@ApplicationScoped
public class ApprovalRouting {

    @Inject
    PurchaseOrderRepository orders;

    @Inject
    @ConfigProperty(name = "solarpm.procurement.approval.branch-head-above", defaultValue = "500000")
    BigDecimal branchHeadAbove;

    @Inject
    @ConfigProperty(name = "solarpm.procurement.approval.executive-above", defaultValue = "2000000")
    BigDecimal executiveAbove;

    private ApprovalPolicy policy;

    @PostConstruct
    void init() {
        policy = new ApprovalPolicy(branchHeadAbove, executiveAbove);
    }

    public ApprovalPolicy policy() {
        return policy;
    }

    /** The approvers of an order of {@code total} CNY in {@code project}, requested by {@code requesterId}. */
    public List<Approver> chainFor(Project project, long requesterId, BigDecimal total, boolean anyHighLine) {
        List<Approver> chain = new ArrayList<>();
        for (ApprovalLevel level : policy.levelsFor(total, anyHighLine)) {
            Approver approver = resolve(level, project, requesterId)
                    .orElseThrow(() -> DomainException.conflict("error.po.noApprover", level.name()));
            if (chain.stream().noneMatch(a -> a.userId() == approver.userId())) {
                chain.add(approver);
            }
        }
        return chain;
    }

    private Optional<Approver> resolve(ApprovalLevel level, Project project, long requesterId) {
        Optional<User> user = switch (level) {
            case PROJECT_MANAGER -> projectManager(project, requesterId);
            case BRANCH_HEAD -> first(orders.activeWithRole(Role.BRANCH_HEAD, project.getBranchId()), requesterId);
            case EXECUTIVE -> first(orders.activeWithRole(Role.EXECUTIVE, null), requesterId);
        };
        if (user.isPresent()) {
            return Optional.of(new Approver(level, user.get().getId(), user.get().getDisplayName()));
        }
        return level == ApprovalLevel.EXECUTIVE ? Optional.empty() : resolve(ApprovalLevel.values()[level.ordinal() + 1], project, requesterId);
    }

    private static Optional<User> projectManager(Project project, long requesterId) {
        User manager = project.getManager();
        if (manager.isActive() && manager.getId() != requesterId) {
            return Optional.of(manager);
        }
        return project.getMembers().stream().filter(m -> m.getRole() == ProjectRole.PM).map(ProjectMember::getUser)
                .filter(u -> u.isActive() && u.getId() != requesterId).findFirst();
    }

    private static Optional<User> first(List<User> candidates, long requesterId) {
        return candidates.stream().filter(u -> u.getId() != requesterId).findFirst();
    }
}
