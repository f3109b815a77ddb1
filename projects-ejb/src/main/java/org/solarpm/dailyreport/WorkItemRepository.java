package org.solarpm.dailyreport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Work items of projects. */
@ApplicationScoped
public class WorkItemRepository {

    @PersistenceContext
    EntityManager em;

    public void addAll(List<WorkItem> items) {
        items.forEach(em::persist);
    }

    public List<WorkItem> of(long projectId) {
        return em.createNamedQuery(WorkItem.OF_PROJECT, WorkItem.class).setParameter("projectId", projectId).getResultList();
    }

    public long countOf(long projectId) {
        return em.createNamedQuery(WorkItem.COUNT_OF_PROJECT, Long.class).setParameter("projectId", projectId).getSingleResult();
    }
}
