package org.solarpm.dailyreport.rollup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.solarpm.dailyreport.WorkItem;

/** SQL access to the rollup tables and the per-project lock that serialises consolidation. */
@ApplicationScoped
public class RollupStore {

    @PersistenceContext
    EntityManager em;

    /**
     * Locks the project row until the transaction ends, so two changes of the same project's
     * reports consolidate one after the other (and a day's report is created only once).
     */
    public void lockProject(long projectId) {
        em.createNativeQuery("SELECT id FROM project WHERE id = ? FOR UPDATE").setParameter(1, projectId).getResultList();
    }

    public WorkItemWeights weightsOf(long projectId) {
        return WorkItemWeights.of(em.createNamedQuery(WorkItem.OF_PROJECT, WorkItem.class).setParameter("projectId", projectId).getResultList());
    }

    /** Cumulative quantity per work item of a project over all counted reports. */
    public Map<Long, BigDecimal> cumulativeQuantities(long projectId) {
        Map<Long, BigDecimal> result = new HashMap<>();
        for (Object[] row : rows(em.createNativeQuery(
                "SELECT work_item_id, cumulative_quantity FROM work_item_progress WHERE project_id = ?").setParameter(1, projectId).getResultList())) {
            result.put(((Number) row[0]).longValue(), (BigDecimal) row[1]);
        }
        return result;
    }

    /** Cumulative quantity per work item up to and including the day before {@code day}. */
    public Map<Long, BigDecimal> cumulativeBefore(long projectId, LocalDate day) {
        Map<Long, BigDecimal> result = new HashMap<>();
        for (Object[] row : rows(em.createNativeQuery(
                "SELECT p.work_item_id, p.cumulative_quantity FROM work_item_day_progress p"
                + " WHERE p.project_id = ? AND p.day = (SELECT MAX(x.day) FROM work_item_day_progress x"
                + " WHERE x.work_item_id = p.work_item_id AND x.day < ?)")
                .setParameter(1, projectId).setParameter(2, day).getResultList())) {
            result.put(((Number) row[0]).longValue(), (BigDecimal) row[1]);
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> rows(List<?> raw) {
        return (List<Object[]>) raw;
    }
}
