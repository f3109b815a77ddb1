package org.solarpm.milestone;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.solarpm.identity.Actor;
import org.solarpm.identity.AuditLog;
import org.solarpm.identity.User;
import org.solarpm.project.Project;
import org.solarpm.project.ProjectAccess;
import org.solarpm.project.ProjectService;
import org.solarpm.project.Stage;
import org.solarpm.reminder.Notice;
import org.solarpm.reminder.Notifications;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.DomainException;

/**
 * Milestones: the project's list, adding one, replanning (reason required; the decision makers hear
 * at once, in the same transaction through the outbox), completing, approving the plan (freezes the
 * baselines) and the cross-project timeline. Changes need {@link ProjectAccess#canManage}.
 */
@Stateless
public class MilestoneService {

    /** A milestone with its project, for views that show both. */
    public record Located(Milestone milestone, Project project) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    MilestoneRepository milestones;

    @Inject
    ProjectService projects;

    @Inject
    Notifications notifications;

    @Inject
    AuditLog audit;

    @Inject
    CompanyClock clock;

    public List<Milestone> of(Actor actor, long projectId) {
        projects.get(actor, projectId);
        return milestones.of(projectId);
    }

    public Located get(Actor actor, long id) {
        Milestone m = milestones.find(id).orElseThrow(() -> DomainException.notFound("Milestone"));
        return new Located(m, projects.get(actor, m.getProjectId()));
    }

    public List<MilestoneChange> history(Actor actor, long id) {
        get(actor, id);
        return milestones.historyOf(id);
    }

    public Milestone add(Actor actor, long projectId, NewMilestone cmd) {
        Project project = manageable(actor, projectId);
        if (cmd.plannedDate() == null) {
            throw DomainException.invalid("plannedDate", "error.milestone.dateRequired");
        }
        if (cmd.plannedDate().isBefore(project.getPlannedStart())) {
            throw DomainException.invalid("plannedDate", "error.milestone.beforeProjectStart", cmd.plannedDate(), project.getPlannedStart());
        }
        Stage stage = parseStage(cmd.stage());
        String code = "M" + (milestones.countOf(projectId) + 1) + "-" + Long.toString(clock.now().toEpochMilli() % 100000, 36).toUpperCase();
        Milestone m = new Milestone(projectId, code, cmd.nameZh().strip(), blankTo(cmd.nameEn(), cmd.nameZh()).strip(), stage.name(), cmd.key(),
                cmd.plannedDate());
        if (cmd.decisionMakers() != null) {
            m.decidedBy(checkedUsers(cmd.decisionMakers()));
        }
        milestones.add(m);
        em.flush();
        audit.record(actor, "MILESTONE_ADDED", "Milestone", m.getId(), project.getCode() + " " + m.getNameZh());
        return m;
    }

    /**
     * Replans and/or names the decision makers. A new date needs a reason; the change is recorded and
     * the decision makers (or the PM, when none are named) are notified with old and new date.
     */
    public Milestone change(Actor actor, long id, LocalDate plannedDate, String reason, Set<Long> decisionMakers, Integer expectedVersion) {
        Located at = get(actor, id);
        Milestone m = at.milestone();
        requireManage(actor, at.project());
        if (expectedVersion != null && expectedVersion != m.getVersion()) {
            throw DomainException.conflict("error.staleVersion");
        }
        if (plannedDate == null && decisionMakers == null) {
            throw DomainException.invalid("plannedDate", "error.milestone.nothingToChange");
        }
        if (decisionMakers != null) {
            m.decidedBy(checkedUsers(decisionMakers));
        }
        if (plannedDate != null && !plannedDate.equals(m.getPlannedDate())) {
            MilestoneChange change = m.replan(plannedDate, reason, at.project().getPlannedStart(), actor, clock.now());
            milestones.addChange(change);
            em.flush();
            Project p = at.project();
            Set<Long> to = m.getDecisionMakers().isEmpty() ? Set.of(p.getManager().getId()) : m.getDecisionMakers();
            notifications.publish(new Notice("MILESTONE_REPLANNED:" + change.getId(), "MILESTONE_REPLANNED", to,
                    "notify.milestone.replanned.title", "notify.milestone.replanned.body",
                    List.of(p.getCode(), p.getName(), m.getNameZh(), m.getNameEn(), change.getOldDate().toString(), plannedDate.toString(),
                            change.getReason(), actor.displayName(), m.getBaselineDate().toString(), m.slipDays()),
                    "#/milestones?project=" + p.getId(), true), clock.now());
            audit.record(actor, "MILESTONE_REPLANNED", "Milestone", id, change.getOldDate() + " -> " + plannedDate + ": " + change.getReason());
        }
        em.flush();
        return m;
    }

    public Milestone complete(Actor actor, long id, LocalDate actualDate) {
        Located at = get(actor, id);
        requireManage(actor, at.project());
        Milestone m = at.milestone();
        milestones.addChange(m.complete(actualDate, clock.today(), at.project().getPlannedStart(), actor, clock.now()));
        audit.record(actor, "MILESTONE_COMPLETED", "Milestone", id, String.valueOf(actualDate));
        em.flush();
        return m;
    }

    /** The plan is approved: every milestone's baseline is frozen; later replans show as slips. */
    public List<Milestone> approvePlan(Actor actor, long projectId) {
        manageable(actor, projectId);
        List<Milestone> list = milestones.of(projectId);
        long frozen = list.stream().filter(m -> m.freezeBaseline(clock.now())).count();
        audit.record(actor, "MILESTONE_PLAN_APPROVED", "Project", projectId, frozen + " baselines frozen");
        em.flush();
        return list;
    }

    public List<MilestoneRepository.TimelineRow> timeline(Actor actor, LocalDate from, LocalDate to, Long branchId) {
        if (from == null || to == null || to.isBefore(from) || from.plusYears(3).isBefore(to)) {
            throw DomainException.invalid("to", "error.milestone.range");
        }
        var scope = ProjectAccess.scopeOf(actor);
        return milestones.timeline(from, to, branchId, scope.wholeCompany(), scope.branchId(), scope.userId(), 5000);
    }

    private Project manageable(Actor actor, long projectId) {
        Project project = projects.get(actor, projectId);
        requireManage(actor, project);
        return project;
    }

    private static void requireManage(Actor actor, Project project) {
        if (!ProjectAccess.canManage(actor, project)) {
            throw DomainException.forbidden();
        }
    }

    private Set<Long> checkedUsers(Set<Long> ids) {
        for (Long userId : ids) {
            User u = userId == null ? null : em.find(User.class, userId);
            if (u == null || !u.isActive()) {
                throw DomainException.invalid("decisionMakers", "error.unknownReference", userId);
            }
        }
        return Set.copyOf(ids);
    }

    private static Stage parseStage(String stage) {
        try {
            return Stage.valueOf(stage == null ? "" : stage.strip());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("stage", "error.milestone.stage", stage);
        }
    }

    private static String blankTo(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }
}
