package org.solarpm.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Milestones of projects. */
@ApplicationScoped
public class MilestoneRepository {

    @PersistenceContext
    EntityManager em;

    public void addAll(List<Milestone> milestones) {
        milestones.forEach(em::persist);
    }

    public List<Milestone> of(long projectId) {
        return em.createNamedQuery(Milestone.OF_PROJECT, Milestone.class).setParameter("projectId", projectId).getResultList();
    }

    public long countOf(long projectId) {
        return em.createNamedQuery(Milestone.COUNT_OF_PROJECT, Long.class).setParameter("projectId", projectId).getSingleResult();
    }
}
