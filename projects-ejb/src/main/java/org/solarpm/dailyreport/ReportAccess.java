package org.solarpm.dailyreport;

import org.solarpm.identity.Actor;
import org.solarpm.project.Project;
import org.solarpm.project.ProjectRole;

/**
 * Who may do what with a project's daily reports. Reading follows {@code ProjectAccess.canView}
 * (members, the branch head, executives, administrators); filing is for the project's site leads
 * and PMs; reviewing for its PMs and administrators.
 */
public final class ReportAccess {

    private ReportAccess() {
    }

    public static boolean canFile(Actor actor, Project project) {
        return actor.isAdmin() || project.memberOf(actor.id())
                .map(m -> m.getRole() == ProjectRole.SITE_LEAD || m.getRole() == ProjectRole.PM).orElse(false);
    }

    public static boolean canReview(Actor actor, Project project) {
        return actor.isAdmin() || project.memberOf(actor.id()).map(m -> m.getRole() == ProjectRole.PM).orElse(false);
    }
}
