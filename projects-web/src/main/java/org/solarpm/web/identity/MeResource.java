package org.solarpm.web.identity;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.solarpm.identity.UserService;
import org.solarpm.web.security.CurrentUser;

/** {@code /me}: who am I, and changing my own password. */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    public record ChangePasswordRequest(@NotBlank String currentPassword, @NotBlank @Size(min = 6, max = 128) String newPassword) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    UserService users;

    @GET
    public Account me() {
        var actor = currentUser.actor();
        return Account.of(users.get(actor, actor.id()), actor.locale());
    }

    @PUT
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(@Valid @NotNull ChangePasswordRequest body) {
        var actor = currentUser.actor();
        users.changePassword(actor, actor.id(), body.currentPassword(), body.newPassword());
        return Response.noContent().build();
    }
}
