package org.solarpm.web.milestone;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.solarpm.milestone.MilestoneService;
import org.solarpm.shared.CompanyClock;
import org.solarpm.web.security.CurrentUser;

/** {@code GET/POST /projects/{id}/milestones}, {@code POST /projects/{id}/milestones/approve} (freezes the baselines). */
@Path("/projects/{id}/milestones")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectMilestoneResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    MilestoneService milestones;

    @Inject
    CompanyClock clock;

    @GET
    public List<MilestoneView> list(@PathParam("id") long projectId) {
        var actor = currentUser.actor();
        return milestones.of(actor, projectId).stream().map(m -> MilestoneView.of(m, clock.today(), actor.locale())).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("id") long projectId, @Valid @NotNull AddMilestoneRequest body) {
        var actor = currentUser.actor();
        var m = milestones.add(actor, projectId, body.toCommand());
        return Response.created(URI.create("milestones/" + m.getId())).entity(MilestoneView.of(m, clock.today(), actor.locale())).build();
    }

    @POST
    @Path("/approve")
    public List<MilestoneView> approve(@PathParam("id") long projectId) {
        var actor = currentUser.actor();
        return milestones.approvePlan(actor, projectId).stream().map(m -> MilestoneView.of(m, clock.today(), actor.locale())).toList();
    }
}
