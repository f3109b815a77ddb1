package org.solarpm.project;

import org.solarpm.identity.Actor;
import org.solarpm.identity.Role;

/**
 * Who may see and change a project: the one access rule every project feature (board, milestones,
 * procurement, daily reports) reuses. Members see their projects; a branch head sees every project
 * of their branch; executives and administrators see the whole company. Anyone else gets "not
 * found", so a project's existence is not revealed.
 */
public final class ProjectAccess {

    private ProjectAccess() {
    }

    /** The set of projects an actor sees, as a list query needs it. */
    public record Scope(boolean wholeCompany, Long branchId, long userId) {
    }

    public static Scope scopeOf(Actor actor) {
        return new Scope(actor.seesWholeCompany(), actor.has(Role.BRANCH_HEAD) ? actor.branchId() : null, actor.id());
    }

    public static boolean canView(Actor actor, Project project) {
        return actor.seesWholeCompany() || headsBranchOf(actor, project) || project.memberOf(actor.id()).isPresent();
    }

    /** Edit the project, change its stage, manage members: its PMs, the branch head and administrators. */
    public static boolean canManage(Actor actor, Project project) {
        return actor.isAdmin() || headsBranchOf(actor, project)
                || project.memberOf(actor.id()).map(m -> m.getRole() == ProjectRole.PM).orElse(false);
    }

    /** Tick gate items and upload documents: managers and every member but viewers. */
    public static boolean canContribute(Actor actor, Project project) {
        return canManage(actor, project) || project.memberOf(actor.id()).map(m -> m.getRole().contributes()).orElse(false);
    }

    /** Executives see everything but only administrators, branch heads and project managers start projects. */
    public static boolean canCreateIn(Actor actor, Long branchId) {
        return actor.isAdmin() || actor.has(Role.EXECUTIVE) || actor.has(Role.PROJECT_MANAGER)
                || (actor.has(Role.BRANCH_HEAD) && branchId != null && branchId.equals(actor.branchId()));
    }

    private static boolean headsBranchOf(Actor actor, Project project) {
        return actor.has(Role.BRANCH_HEAD) && actor.branchId() != null && actor.branchId().equals(project.getBranchId());
    }
}
