package org.solarpm.procurement.imports;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.solarpm.identity.Actor;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.DomainException;

/** Import job state, each change committed at once so that status requests see live progress. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportJobs {

    @PersistenceContext
    EntityManager em;

    @Inject
    CompanyClock clock;

    public ImportJob create(Actor actor, String kind, ImportMode mode, String fileName) {
        ImportJob job = new ImportJob(kind, mode, fileName, actor.id(), clock.now());
        em.persist(job);
        return job;
    }

    /** A job as its creator (or an admin) sees it; others get 404, not a hint that it exists. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ImportJob get(Actor actor, String id) {
        ImportJob job = id == null || id.length() > 36 ? null : em.find(ImportJob.class, id);
        if (job == null || (job.getCreatedBy() != actor.id() && !actor.isAdmin())) {
            throw DomainException.notFound("Import");
        }
        return job;
    }

    public void progress(String id, ImportStatus status, int total, int processed) {
        ImportJob job = em.find(ImportJob.class, id);
        job.progress(status, total, processed);
    }

    public void finish(String id, ImportStatus end, int rows, int validRows, int inserted, int errorTotal, List<RowError> errors) {
        em.find(ImportJob.class, id).finish(end, rows, validRows, inserted, errorTotal, errors, clock.now());
    }
}
