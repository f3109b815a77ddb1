package org.solarpm.web.procurement;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.solarpm.procurement.imports.PriceHistoryTemplate;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.Messages;
import org.solarpm.web.security.CurrentUser;

/** Downloadable import templates, with headers in the user's language. */
@Path("/templates")
public class TemplateResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    CurrentUser currentUser;

    @Inject
    CompanyClock clock;

    @GET
    @Path("/price-history-import.xlsx")
    @Produces(XLSX)
    public Response priceHistoryImport() {
        var locale = currentUser.actor().locale();
        var today = clock.today();
        StreamingOutput body = out -> PriceHistoryTemplate.write(locale, today, out);
        String name = Messages.EN.equals(Messages.supported(locale)) ? "price-history-import.xlsx" : "price-history-import-zh.xlsx";
        return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
