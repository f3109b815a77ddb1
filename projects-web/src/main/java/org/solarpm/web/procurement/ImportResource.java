package org.solarpm.web.procurement;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.solarpm.procurement.CatalogueService;
import org.solarpm.procurement.imports.ImportJob;
import org.solarpm.procurement.imports.ImportMode;
import org.solarpm.procurement.imports.PriceImportService;
import org.solarpm.procurement.imports.UploadedWorkbook;
import org.solarpm.shared.DomainException;
import org.solarpm.web.security.CurrentUser;

/**
 * {@code POST /imports/price-history} (multipart, field {@code file}, {@code ?mode=strict|valid-only})
 * answers 202 with the job id at once; {@code GET /imports/{jobId}} reports progress and bad rows.
 */
@Path("/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    public record Accepted(String jobId, String status) {
    }

    public record ImportError(int row, String column, String message) {
    }

    public record ImportProgress(String jobId, String status, String mode, String fileName, int processed, int total, int inserted,
                                 int duplicates, int errorCount, List<ImportError> errors) {
        static ImportProgress of(ImportJob job, Locale locale) {
            return new ImportProgress(job.getId(), job.getStatus().name(), job.getMode().name(), job.getFileName(), job.getProcessed(),
                    job.getTotal(), job.getInserted(), job.getDuplicates(), job.getErrorCount(),
                    job.errorList().stream().map(e -> new ImportError(e.row(), e.column(), e.message(locale))).toList());
        }
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    PriceImportService imports;

    @POST
    @Path("/price-history")
    @Consumes(MediaType.WILDCARD)
    public Response importPriceHistory(@QueryParam("mode") String mode, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                       InputStream body) {
        var actor = currentUser.actor();
        CatalogueService.requireBuyer(actor); // before reading a possibly large body
        ImportMode importMode = ImportMode.parse(mode).orElseThrow(() -> DomainException.invalid("mode", "error.import.unknownMode", mode));
        String boundary = MultipartFile.boundary(contentType);
        if (boundary == null) {
            throw new DomainException(DomainException.Kind.UNSUPPORTED_MEDIA, "error.import.noFile");
        }
        MultipartFile.Saved saved;
        try {
            saved = MultipartFile.save(body, boundary, UploadedWorkbook.MAX_FILE_BYTES);
        } catch (MultipartFile.TooLarge e) {
            drain(body); // so that the client, still sending, can read the 413 (the body filter caps what is left)
            throw UploadedWorkbook.tooLarge();
        } catch (IOException e) {
            throw DomainException.invalid("file", "error.import.noFile");
        }
        if (saved == null) {
            throw DomainException.invalid("file", "error.import.noFile");
        }
        ImportJob job = imports.start(actor, saved.path(), saved.fileName(), importMode);
        return Response.accepted(new Accepted(job.getId(), job.getStatus().name())).location(URI.create("imports/" + job.getId())).build();
    }

    private static void drain(InputStream body) {
        try {
            body.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException ignored) {
            // the connection is gone; nobody is left to read the answer
        }
    }

    @GET
    @Path("/{jobId}")
    public ImportProgress status(@PathParam("jobId") String jobId) {
        var actor = currentUser.actor();
        return ImportProgress.of(imports.status(actor, jobId), actor.locale());
    }
}
