package org.solarpm.web.identity;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.solarpm.shared.DomainException;
import org.solarpm.identity.UserService;
import org.solarpm.web.Paging;
import org.solarpm.web.security.CurrentUser;
import org.solarpm.identity.Role;
import org.solarpm.web.security.RequireRole;

/** User administration. Listing is open to executives and branch heads; changes only to admins. */
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    public record AccountPage(List<Account> items, long total) {
    }

    @Inject
    CurrentUser currentUser;

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    UserService users;

    @Inject
    Validator validator;

    @GET
    public AccountPage list(@QueryParam("q") String q,
                            @QueryParam("page") Integer page,
                            @QueryParam("size") Integer size) {
        var actor = currentUser.actor();
        Paging paging = Paging.of(page, size);
        var result = users.list(actor, q, paging.page(), paging.size());
        return new AccountPage(result.items().stream().map(u -> Account.of(u, actor.locale())).toList(), result.total());
    }

    @GET
    @Path("/{id}")
    public Account get(@PathParam("id") long id) {
        var actor = currentUser.actor();
        return Account.of(users.get(actor, id), actor.locale());
    }

    @POST
    @RequireRole(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull CreateUserRequest body) {
        var actor = currentUser.actor();
        var user = users.create(actor, body.toCommand());
        return Response.created(URI.create("users/" + user.getId())).entity(Account.of(user, actor.locale())).build();
    }

    @PATCH
    @Path("/{id}")
    @RequireRole(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Account update(@PathParam("id") long id, JsonObject json) {
        var actor = currentUser.actor();
        if (json == null) {
            throw DomainException.invalid("body", "error.field.required");
        }
        // read twice: once for which members are present (merge-patch), once into the validated record
        UpdateUserRequest body = JSONB.fromJson(json.toString(), UpdateUserRequest.class);
        Set<ConstraintViolation<UpdateUserRequest>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return Account.of(users.update(actor, id, body.toChanges(json.keySet())), actor.locale());
    }

    @POST
    @Path("/{id}/deactivate")
    @RequireRole(Role.ADMIN)
    public Account deactivate(@PathParam("id") long id) {
        var actor = currentUser.actor();
        return Account.of(users.deactivate(actor, id), actor.locale());
    }

    @POST
    @Path("/{id}/reactivate")
    @RequireRole(Role.ADMIN)
    public Account reactivate(@PathParam("id") long id) {
        var actor = currentUser.actor();
        return Account.of(users.reactivate(actor, id), actor.locale());
    }
}
