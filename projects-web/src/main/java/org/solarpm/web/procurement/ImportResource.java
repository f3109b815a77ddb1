package org.solarpm.web.procurement;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.solarpm.procurement.CatalogueService;
import org.solarpm.procurement.imports.ImportJob;
import org.solarpm.procurement.imports.ImportMode;
import org.solarpm.procurement.imports.PriceImportService;
import org.solarpm.procurement.imports.UploadedWorkbook;
import org.solarpm.shared.DomainException;
import org.solarpm.web.project.DocumentResource;
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
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importPriceHistory(@QueryParam("mode") String mode, List<EntityPart> parts) throws IOException {
        var actor = currentUser.actor();
        CatalogueService.requireBuyer(actor); // before anything is written to disk
        ImportMode importMode = ImportMode.parse(mode).orElseThrow(() -> DomainException.invalid("mode", "error.import.unknownMode", mode));
        EntityPart file = parts == null ? null : parts.stream().filter(p -> "file".equals(p.getName())).findFirst().orElse(null);
        if (file == null) {
            throw DomainException.invalid("file", "error.import.noFile");
        }
        String fileName = file.getFileName().map(DocumentResource::utf8).orElse(null);
        java.nio.file.Path saved = save(file);
        ImportJob job = imports.start(actor, saved, fileName, importMode);
        return Response.accepted(new Accepted(job.getId(), job.getStatus().name())).location(URI.create("imports/" + job.getId())).build();
    }

    /** Copies the part to a temporary file, stopping one byte past the limit (the import refuses such a file with 413). */
    private static java.nio.file.Path save(EntityPart part) throws IOException {
        java.nio.file.Path target = Files.createTempFile("solarpm-import-", ".upload");
        try (InputStream in = part.getContent(); OutputStream out = Files.newOutputStream(target)) {
            in.transferTo(new LimitedOutput(out, UploadedWorkbook.MAX_FILE_BYTES + 1));
        } catch (LimitedOutput.Full full) {
            // enough read to know it is too large; UploadedWorkbook.verify says so
        } catch (IOException e) {
            Files.deleteIfExists(target);
            throw e;
        }
        return target;
    }

    /** Writes up to {@code limit} bytes, then signals that it is full. */
    private static final class LimitedOutput extends OutputStream {

        static final class Full extends IOException {
            Full() {
                super("limit reached");
            }
        }

        private final OutputStream out;
        private long left;

        LimitedOutput(OutputStream out, long limit) {
            this.out = out;
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int n = (int) Math.min(len, left);
            out.write(b, off, n);
            left -= n;
            if (n < len) {
                throw new Full();
            }
        }
    }

    @GET
    @Path("/{jobId}")
    public ImportProgress status(@PathParam("jobId") String jobId) {
        var actor = currentUser.actor();
        return ImportProgress.of(imports.status(actor, jobId), actor.locale());
    }
}
