package org.solarpm.web.procurement;

import jakarta.inject.Inject;
import org.solarpm.web.ServerTiming;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.solarpm.procurement.PriceCheckService;
import org.solarpm.web.security.CurrentUser;

/** Scores a price against history; used live while a purchase order is edited. Changes nothing. */
@Path("/price-checks")
@Produces(MediaType.APPLICATION_JSON)
public class PriceCheckResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    PriceCheckService priceChecks;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response check(@Valid @NotNull CheckPriceRequest body) {
        long start = System.nanoTime();
        var result = PriceCheckResult.of(priceChecks.check(currentUser.actor(), body.toQuery()));
        // the check's own time, apart from sign-in and HTTP, for monitoring and the benchmark
        return Response.ok(result).header("Server-Timing", ServerTiming.since("price-check", start)).build();
    }
}
