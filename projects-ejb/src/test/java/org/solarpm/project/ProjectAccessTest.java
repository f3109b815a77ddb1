package org.solarpm.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.solarpm.project.ProjectTest.actor;
import static org.solarpm.project.ProjectTest.user;

import org.junit.jupiter.api.Test;
import org.solarpm.identity.Role;

class ProjectAccessTest {

    @Test
    void shouldLetMembersBranchHeadsExecutivesAndAdminsSeeAProject() {
        Project p = ProjectTest.project();
        p.addMember(user(11, "site"), ProjectRole.SITE_LEAD, ProjectTest.NOW);
        p.addMember(user(12, "viewer"), ProjectRole.VIEWER, ProjectTest.NOW);
        assertThat(ProjectAccess.canView(actor(11, 1L, Role.SITE_LEAD), p)).isTrue();
        assertThat(ProjectAccess.canView(actor(20, 1L, Role.BRANCH_HEAD), p)).isTrue();
        assertThat(ProjectAccess.canView(actor(21, 2L, Role.BRANCH_HEAD), p)).isFalse();
        assertThat(ProjectAccess.canView(actor(22, null, Role.EXECUTIVE), p)).isTrue();
        assertThat(ProjectAccess.canView(actor(23, null, Role.ADMIN), p)).isTrue();
        assertThat(ProjectAccess.canView(actor(24, 1L, Role.PROJECT_MANAGER), p)).isFalse();
    }

    @Test
    void shouldLetOnlyPmsBranchHeadsAndAdminsManageAndViewersNotContribute() {
        Project p = ProjectTest.project();
        p.addMember(user(11, "site"), ProjectRole.SITE_LEAD, ProjectTest.NOW);
        p.addMember(user(12, "viewer"), ProjectRole.VIEWER, ProjectTest.NOW);
        assertThat(ProjectAccess.canManage(actor(10, 1L, Role.PROJECT_MANAGER), p)).isTrue();
        assertThat(ProjectAccess.canManage(actor(11, 1L, Role.SITE_LEAD), p)).isFalse();
        assertThat(ProjectAccess.canContribute(actor(11, 1L, Role.SITE_LEAD), p)).isTrue();
        assertThat(ProjectAccess.canContribute(actor(12, 1L), p)).isFalse();
        assertThat(ProjectAccess.canManage(actor(22, null, Role.EXECUTIVE), p)).isFalse();
    }

    @Test
    void shouldRevokeAccessWhenTheMemberIsRemoved() {
        Project p = ProjectTest.project();
        p.addMember(user(11, "site"), ProjectRole.SITE_LEAD, ProjectTest.NOW);
        p.removeMember(11);
        assertThat(ProjectAccess.canView(actor(11, 1L, Role.SITE_LEAD), p)).isFalse();
    }
}
