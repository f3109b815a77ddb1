package org.solarpm.web.project;

import jakarta.inject.Inject;
import org.solarpm.web.ServerTiming;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.solarpm.project.Project;
import org.solarpm.project.ProjectRepository;
import org.solarpm.project.ProjectService;
import org.solarpm.project.Stage;
import org.solarpm.shared.DomainException;
import org.solarpm.web.Paging;
import org.solarpm.web.security.CurrentUser;

/** Projects: list, create from a template, read, edit, stage changes, gate items, members, similar projects. */
@Path("/projects")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectResource {

    public record ProjectPage(List<ProjectSummary> items, long total) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    ProjectService projects;

    @GET
    public ProjectPage list(@QueryParam("stage") String stage, @QueryParam("branch") Long branch,
                            @QueryParam("manager") Long manager, @QueryParam("q") String q,
                            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        var actor = currentUser.actor();
        Paging paging = Paging.of(page, size);
        var result = projects.list(actor, new ProjectRepository.Filter(stage(stage), branch, manager, q), paging.page(), paging.size());
        return new ProjectPage(result.items().stream().map(p -> ProjectSummary.of(p, actor.locale())).toList(), result.total());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull CreateProjectRequest body, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        var actor = currentUser.actor();
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            throw DomainException.invalid("Idempotency-Key", "error.field.invalid");
        }
        long start = System.nanoTime();
        Project project = projects.create(actor, body.toCommand(), idempotencyKey);
        // the whole creating transaction, commit included, apart from HTTP and JSON: for monitoring and the benchmark
        return withTag(Response.created(URI.create("projects/" + project.getId())), project)
                .header("Server-Timing", ServerTiming.since("create-project", start))
                .entity(ProjectView.of(project, actor.locale())).build();
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") long id) {
        var actor = currentUser.actor();
        Project project = projects.get(actor, id);
        return withTag(Response.ok(), project).entity(ProjectView.of(project, actor.locale())).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, @Valid @NotNull UpdateProjectRequest body, @HeaderParam("If-Match") String ifMatch) {
        var actor = currentUser.actor();
        if (ifMatch != null) {
            Project current = projects.get(actor, id);
            if (!ifMatch.replace("W/", "").replace("\"", "").strip().equals(Integer.toString(current.getVersion()))) {
                throw new DomainException(DomainException.Kind.PRECONDITION_FAILED, "error.staleVersion");
            }
        }
        Project before = projects.get(actor, id);
        Project project = projects.update(actor, id, body.version(), body.applyTo(before.details()), body.managerId());
        return withTag(Response.ok(), project).entity(ProjectView.of(project, actor.locale())).build();
    }

    @POST
    @Path("/{id}/stage")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProjectView changeStage(@PathParam("id") long id, @Valid @NotNull ChangeStageRequest body) {
        var actor = currentUser.actor();
        Project project = projects.changeStage(actor, id, body.to(), body.note(), Boolean.TRUE.equals(body.override()), body.overrideReason());
        return ProjectView.of(project, actor.locale());
    }

    @POST
    @Path("/{id}/gate-items/{code}/tick")
    public ProjectView tick(@PathParam("id") long id, @PathParam("code") String code, TickGateItemRequest body) {
        var actor = currentUser.actor();
        Project project = projects.tickGateItem(actor, id, code, body == null ? null : body.documentId());
        return ProjectView.of(project, actor.locale());
    }

    @GET
    @Path("/{id}/members")
    public List<ProjectView.MemberView> members(@PathParam("id") long id) {
        return projects.get(currentUser.actor(), id).getMembers().stream().map(ProjectView.MemberView::of).toList();
    }

    @POST
    @Path("/{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addMember(@PathParam("id") long id, @Valid @NotNull AddMemberRequest body) {
        var member = projects.addMember(currentUser.actor(), id, body.userId(), body.role());
        return Response.status(Response.Status.CREATED).entity(ProjectView.MemberView.of(member)).build();
    }

    @DELETE
    @Path("/{id}/members/{userId}")
    public Response removeMember(@PathParam("id") long id, @PathParam("userId") long userId) {
        projects.removeMember(currentUser.actor(), id, userId);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/similar")
    public List<SimilarProjectView> similar(@PathParam("id") long id) {
        var actor = currentUser.actor();
        return projects.similar(actor, id).stream().map(m -> SimilarProjectView.of(m, actor.locale())).toList();
    }

    private static Response.ResponseBuilder withTag(Response.ResponseBuilder builder, Project project) {
        return builder.tag(new EntityTag(Integer.toString(project.getVersion())));
    }

    private static Stage stage(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Stage.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("stage", "error.field.invalid");
        }
    }
}
