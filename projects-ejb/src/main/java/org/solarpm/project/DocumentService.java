package org.solarpm.project;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.solarpm.identity.Actor;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.DomainException;

/** Project documents: upload (members but viewers), list and download (members only, 404 for others). */
@Stateless
public class DocumentService {

    /** A document with the path of its bytes. */
    public record Content(ProjectDocument document, Path path) {
    }

    @Inject
    ProjectService projectService;

    @Inject
    ProjectRepository projects;

    @Inject
    DocumentStore store;

    @Inject
    CompanyClock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Stores a file for a project. The name and type are checked before a byte is written; the size
     * while writing. If the transaction does not commit, the file is deleted again.
     */
    public ProjectDocument upload(Actor actor, long projectId, String fileName, InputStream content) {
        Project project = projectService.get(actor, projectId);
        if (!ProjectAccess.canContribute(actor, project)) {
            throw DomainException.forbidden();
        }
        String name = DocumentPolicy.safeFileName(fileName);
        String type = DocumentPolicy.contentTypeOf(name);
        DocumentStore.Stored stored = store.write(content);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    store.delete(stored.storageName());
                }
            }
        });
        ProjectDocument document = new ProjectDocument(projectId, name, type, stored.size(), stored.sha256(),
                stored.storageName(), actor.id(), clock.now());
        projects.addDocument(document);
        return document;
    }

    public List<ProjectDocument> list(Actor actor, long projectId) {
        projectService.get(actor, projectId);
        return projects.documentsOf(projectId);
    }

    public Content content(Actor actor, long documentId) {
        ProjectDocument document = projects.document(documentId).orElseThrow(() -> DomainException.notFound("Document"));
        try {
            projectService.get(actor, document.getProjectId());
        } catch (DomainException e) {
            throw DomainException.notFound("Document");
        }
        return new Content(document, store.pathOf(document.getStorageName()));
    }

    public long maxBytes() {
        return store.policy().maxBytes();
    }
}
