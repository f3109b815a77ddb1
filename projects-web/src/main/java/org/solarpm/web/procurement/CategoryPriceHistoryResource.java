package org.solarpm.web.procurement;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.solarpm.procurement.CategoryPriceHistoryExport;
import org.solarpm.procurement.MaterialCategory;
import org.solarpm.shared.DomainException;
import org.solarpm.shared.Messages;
import org.solarpm.web.export.Download;
import org.solarpm.web.security.CurrentUser;

/** {@code GET /price-history.xlsx?category=&from=&to=&supplierId=}: the price history of a whole material category, streamed. */
@Path("/price-history.xlsx")
public class CategoryPriceHistoryResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    CategoryPriceHistoryExport export;

    @GET
    @Produces(Download.XLSX)
    public Response workbook(@QueryParam("category") String category, @QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("supplierId") String supplierId) {
        var actor = currentUser.actor();
        var request = export.prepare(actor, category(category), supplier(supplierId), MaterialResource.date("from", from),
                MaterialResource.date("to", to));
        Locale locale = actor.locale();
        String name = Messages.get(locale, "export.priceHistory.categoryFileName", request.category().name()) + ".xlsx";
        return Download.of(out -> export.write(request, locale, out), Download.XLSX, name);
    }

    private static MaterialCategory category(String text) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalid("category", "error.field.required");
        }
        try {
            return MaterialCategory.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("category", "error.field.invalid");
        }
    }

    private static Long supplier(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("supplierId", "error.field.invalid");
        }
    }
}
