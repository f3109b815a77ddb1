package org.solarpm.web.identity;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.solarpm.identity.Branch;
import org.solarpm.identity.OrganisationService;
import org.solarpm.web.security.CurrentUser;
import org.solarpm.identity.Role;
import org.solarpm.web.security.RequireRole;

/** Branch offices. */
@Path("/branches")
@Produces(MediaType.APPLICATION_JSON)
public class BranchResource {

    public record BranchInfo(long id, String code, String name, String nameZh, String nameEn, boolean active) {
        static BranchInfo of(Branch b, java.util.Locale locale) {
            return new BranchInfo(b.getId(), b.getCode(), b.name(locale), b.getNameZh(), b.getNameEn(), b.isActive());
        }
    }

    public record CreateBranchRequest(@NotBlank @Pattern(regexp = "[A-Z0-9_-]{2,32}") String code,
                                      @NotBlank @Size(max = 100) String nameZh,
                                      @NotBlank @Size(max = 100) String nameEn) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    OrganisationService organisation;

    @GET
    public List<BranchInfo> list() {
        var locale = currentUser.actor().locale();
        return organisation.branches().stream().map(b -> BranchInfo.of(b, locale)).toList();
    }

    @POST
    @RequireRole(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull CreateBranchRequest body) {
        var actor = currentUser.actor();
        Branch b = organisation.create(actor, body.code(), body.nameZh().strip(), body.nameEn().strip());
        return Response.created(URI.create("branches/" + b.getId())).entity(BranchInfo.of(b, actor.locale())).build();
    }
}
