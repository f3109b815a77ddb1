package org.solarpm.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.solarpm.project.ProjectTest.NOW;
import static org.solarpm.project.ProjectTest.actor;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.solarpm.identity.Role;
import org.solarpm.template.ProjectType;

class SimilarProjectsTest {

    private static long ids = 500;

    static Project project(ProjectType type, String kwp, Stage stage, String contract) {
        ProjectDetails d = new ProjectDetails("P" + ids, "p", "o", "a", null, null, contract == null ? null : new BigDecimal(contract),
                null, ProjectTest.START, null);
        Project p = ProjectTest.withId(new Project(d, type, new BigDecimal(kwp), 620, ProjectTest.branch(1), ProjectTest.user(10, "pm"),
                "t", 1, NOW), ids++);
        if (stage != Stage.SURVEY) {
            p.overrideTo(stage, actor(1, null, Role.ADMIN), "history", null, NOW);
        }
        return p;
    }

    @Test
    void shouldPickFinishedProjectsOfTheSameTypeWithinHalfTheCapacityClosestFirst() {
        Project target = project(ProjectType.GROUND_MOUNTED, "100000", Stage.BID, null);
        Project near = project(ProjectType.GROUND_MOUNTED, "90000", Stage.CLOSED, "360000000");
        Project far = project(ProjectType.GROUND_MOUNTED, "150000", Stage.OM, "540000000");
        Project tooBig = project(ProjectType.GROUND_MOUNTED, "150001", Stage.CLOSED, "1");
        Project tooSmall = project(ProjectType.GROUND_MOUNTED, "49999", Stage.CLOSED, "1");
        Project running = project(ProjectType.GROUND_MOUNTED, "100000", Stage.CONSTRUCTION, "1");
        Project otherType = project(ProjectType.CI_ROOFTOP, "100000", Stage.CLOSED, "1");
        Project lost = project(ProjectType.GROUND_MOUNTED, "100000", Stage.LOST, "1");
        var matches = SimilarProjects.select(target, List.of(far, tooBig, tooSmall, running, otherType, lost, near, target));
        assertThat(matches).extracting(SimilarProjects.Match::project).containsExactly(near, far);
        assertThat(matches.get(0).contractValuePerWp()).isEqualByComparingTo("4.000");
        assertThat(matches.get(1).contractValuePerWp()).isEqualByComparingTo("3.600");
    }
}
