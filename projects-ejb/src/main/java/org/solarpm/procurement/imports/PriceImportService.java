package org.solarpm.procurement.imports;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.solarpm.identity.Actor;
import org.solarpm.procurement.CatalogueService;
import org.solarpm.shared.DomainException;

/**
 * Accepts price history workbooks: checks the file at once (size, type, zip bomb), queues a job
 * and runs it on the container's managed executor. Buyers and admins may import.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PriceImportService {

    @Resource
    ManagedExecutorService executor;

    @Inject
    ImportJobs jobs;

    @Inject
    PriceImportRunner runner;

    /** Takes ownership of {@code file}: it is deleted when the job ends or the file is refused. */
    public ImportJob start(Actor actor, Path file, String fileName, ImportMode mode) {
        try {
            CatalogueService.requireBuyer(actor);
            UploadedWorkbook.verify(file);
        } catch (DomainException e) {
            delete(file);
            throw e;
        }
        ImportJob job = jobs.create(actor, ImportJob.PRICE_HISTORY, mode, fileName);
        String id = job.getId();
        executor.submit(() -> runner.run(id, file, mode));
        return job;
    }

    public ImportJob status(Actor actor, String jobId) {
        return jobs.get(actor, jobId);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temp file; the OS cleans up
        }
    }
}
