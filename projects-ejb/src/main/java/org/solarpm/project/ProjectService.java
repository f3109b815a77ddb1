package org.solarpm.project;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import org.solarpm.identity.Actor;
import org.solarpm.identity.AuditLog;
import org.solarpm.identity.Branch;
import org.solarpm.identity.User;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.DomainException;
import org.solarpm.template.ProjectPlan;
import org.solarpm.template.ProjectTemplate;

/**
 * Projects: create from a template (one transaction), list and read what the actor may see, edit,
 * change stage through the gates, tick gate items, manage members, find similar past projects.
 * Every method checks {@link ProjectAccess}; a project the actor may not see is "not found".
 */
@Stateless
public class ProjectService {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProjectRepository projects;

    @Inject
    ProjectSetup setup;

    @Inject
    ProjectTemplates templates;

    @Inject
    AuditLog audit;

    @Inject
    CompanyClock clock;

    /**
     * Creates a project with its whole plan from a template. With an idempotency key, a repeated
     * request returns the project the first one created.
     */
    public Project create(Actor actor, NewProject cmd, String idempotencyKey) {
        if (idempotencyKey != null) {
            var earlier = projects.createdWithKey(actor.id(), idempotencyKey);
            if (earlier.isPresent()) {
                return get(actor, earlier.get());
            }
        }
        if (!ProjectAccess.canCreateIn(actor, cmd.branchId())) {
            throw DomainException.forbidden();
        }
        ProjectTemplate template = templates.forRequest(cmd.templateCode());
        if (projects.codeTaken(cmd.details().code())) {
            throw new DomainException(DomainException.Kind.CONFLICT, "error.project.codeTaken",
                    List.of(new DomainException.FieldError("code", "error.project.codeTaken", cmd.details().code())), List.of(),
                    cmd.details().code());
        }
        Branch branch = reference(Branch.class, cmd.branchId(), "branchId");
        User manager = reference(User.class, cmd.managerId(), "managerId");
        if (!manager.isActive()) {
            throw DomainException.invalid("managerId", "error.unknownReference", cmd.managerId());
        }
        int moduleWp = cmd.moduleWp() == null ? template.defaultModuleWp() : cmd.moduleWp();
        ProjectPlan plan = template.plan(cmd.capacityKwp(), moduleWp, cmd.details().plannedStart());
        ProjectDetails details = cmd.details().budget() != null ? cmd.details() : withBudget(cmd.details(), plan.totalBudgetCny());
        Project project = new Project(details, template.projectType(), cmd.capacityKwp(), moduleWp, branch, manager,
                template.code(), template.version(), clock.now());
        setup.layOut(project, template, plan, clock.now());
        if (idempotencyKey != null) {
            projects.rememberKey(actor.id(), idempotencyKey, project.getId(), clock.now());
        }
        audit.record(actor, "PROJECT_CREATED", "Project", project.getId(), project.getCode() + " " + template.code()
                + " " + cmd.capacityKwp().toPlainString() + " kWp, " + plan.tasks().size() + " tasks");
        return project;
    }

    public ProjectRepository.Page list(Actor actor, ProjectRepository.Filter filter, int page, int size) {
        return projects.visible(ProjectAccess.scopeOf(actor), filter, page, size);
    }

    /** The project if the actor may see it; 404 otherwise (also for projects that exist). */
    public Project get(Actor actor, long id) {
        Project project = projects.find(id).orElseThrow(() -> DomainException.notFound("Project"));
        if (!ProjectAccess.canView(actor, project)) {
            throw DomainException.notFound("Project");
        }
        return project;
    }

    @Inject
    jakarta.enterprise.event.Event<MemberRemoved> memberRemoved;

    /** As {@link #get}, with the project row locked until the transaction ends. */
    public Project getLocked(Actor actor, long id) {
        Project project = projects.findLocked(id).orElseThrow(() -> DomainException.notFound("Project"));
        if (!ProjectAccess.canView(actor, project)) {
            throw DomainException.notFound("Project");
        }
        return project;
    }

    public Project update(Actor actor, long id, int expectedVersion, ProjectDetails changes, Long managerId) {
        Project project = manageable(actor, id);
        if (project.getVersion() != expectedVersion) {
            throw DomainException.conflict("error.staleVersion");
        }
        project.describe(changes);
        if (managerId != null && !managerId.equals(project.getManager().getId())) {
            project.changeManager(reference(User.class, managerId, "managerId"), clock.now());
        }
        em.flush();
        return project;
    }

    /** Moves the project to another stage; {@code override} (administrators only) passes unmet gate items with a reason. */
    public Project changeStage(Actor actor, long id, Stage to, String note, boolean override, String overrideReason) {
        Project project = manageable(actor, id);
        if (override) {
            project.overrideTo(to, actor, overrideReason, note, clock.now());
        } else {
            project.advanceTo(to, actor, note, clock.now());
        }
        audit.record(actor, override ? "PROJECT_STAGE_OVERRIDE" : "PROJECT_STAGE", "Project", id, to.name());
        em.flush();
        return project;
    }

    public Project tickGateItem(Actor actor, long id, String itemCode, Long documentId) {
        Project project = get(actor, id);
        if (!ProjectAccess.canContribute(actor, project)) {
            throw DomainException.forbidden();
        }
        ProjectDocument document = documentId == null ? null
                : projects.document(documentId).orElseThrow(() -> DomainException.invalid("documentId", "error.unknownReference", documentId));
        project.tickGateItem(itemCode, actor, document, clock.now());
        em.flush();
        return project;
    }

    public ProjectMember addMember(Actor actor, long id, long userId, ProjectRole role) {
        Project project = manageable(actor, id);
        User user = reference(User.class, userId, "userId");
        if (!user.isActive()) {
            throw DomainException.invalid("userId", "error.unknownReference", userId);
        }
        ProjectMember member = project.addMember(user, role, clock.now());
        audit.record(actor, "PROJECT_MEMBER_ADDED", "Project", id, user.getUsername() + " " + role);
        em.flush();
        return member;
    }

    public void removeMember(Actor actor, long id, long userId) {
        Project project = manageable(actor, id);
        project.removeMember(userId);
        audit.record(actor, "PROJECT_MEMBER_REMOVED", "Project", id, Long.toString(userId));
        memberRemoved.fire(new MemberRemoved(id, userId));
    }

    /** Finished projects like this one that the actor may see, closest capacity first. */
    public List<SimilarProjects.Match> similar(Actor actor, long id) {
        Project project = get(actor, id);
        List<Project> visible = projects.similarCandidates(project).stream().filter(p -> ProjectAccess.canView(actor, p)).toList();
        return SimilarProjects.select(project, visible);
    }

    private Project manageable(Actor actor, long id) {
        Project project = get(actor, id);
        if (!ProjectAccess.canManage(actor, project)) {
            throw DomainException.forbidden();
        }
        return project;
    }

    private <T> T reference(Class<T> type, Long id, String field) {
        T entity = id == null ? null : em.find(type, id);
        if (entity == null) {
            throw DomainException.invalid(field, "error.unknownReference", id);
        }
        return entity;
    }

    private static ProjectDetails withBudget(ProjectDetails d, BigDecimal budget) {
        return new ProjectDetails(d.code(), d.name(), d.customer(), d.siteAddress(), d.latitude(), d.longitude(),
                d.contractValue(), budget, d.plannedStart(), d.plannedCod());
    }
}
