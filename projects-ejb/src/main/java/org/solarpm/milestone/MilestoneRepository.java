package org.solarpm.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Milestones of projects, their history, and the cross-project timeline. */
@ApplicationScoped
public class MilestoneRepository {

    @PersistenceContext
    EntityManager em;

    /** One row of the cross-project timeline. */
    public record TimelineRow(long milestoneId, long projectId, String projectCode, String projectName, String projectStage,
                              long branchId, String code, String nameZh, String nameEn, String stage, boolean key,
                              LocalDate baselineDate, LocalDate plannedDate, LocalDate actualDate) {
    }

    public void addAll(List<Milestone> milestones) {
        milestones.forEach(em::persist);
    }

    public void add(Milestone milestone) {
        em.persist(milestone);
    }

    public void addChange(MilestoneChange change) {
        em.persist(change);
    }

    public Optional<Milestone> find(long id) {
        return Optional.ofNullable(em.find(Milestone.class, id));
    }

    public List<Milestone> of(long projectId) {
        return em.createNamedQuery(Milestone.OF_PROJECT, Milestone.class).setParameter("projectId", projectId).getResultList();
    }

    public long countOf(long projectId) {
        return em.createNamedQuery(Milestone.COUNT_OF_PROJECT, Long.class).setParameter("projectId", projectId).getSingleResult();
    }

    public List<MilestoneChange> historyOf(long milestoneId) {
        return em.createNamedQuery(MilestoneChange.OF_MILESTONE, MilestoneChange.class).setParameter("milestoneId", milestoneId).getResultList();
    }

    public List<Milestone> openDueOn(LocalDate date) {
        return em.createNamedQuery(Milestone.OPEN_DUE_ON, Milestone.class).setParameter("date", date).getResultList();
    }

    public List<Milestone> openOverdue(LocalDate today) {
        return em.createNamedQuery(Milestone.OPEN_OVERDUE, Milestone.class).setParameter("today", today).getResultList();
    }

    /**
     * Milestones planned (or baselined) within [from, to] of projects the scope sees; branchId narrows
     * to one branch. Uses ix_milestone_planned; the project join is by primary key.
     */
    public List<TimelineRow> timeline(LocalDate from, LocalDate to, Long branchId, boolean wholeCompany, Long scopeBranchId, long userId,
                                      int limit) {
        String sql = "SELECT m.id, p.id, p.code, p.name, p.stage, p.branch_id, m.code, m.name_zh, m.name_en, m.stage, m.key_milestone,"
                + " m.baseline_date, m.planned_date, m.actual_date FROM milestone m JOIN project p ON p.id = m.project_id"
                + " WHERE m.planned_date BETWEEN ?1 AND ?2 AND p.stage NOT IN ('LOST', 'CLOSED')"
                + (branchId == null ? "" : " AND p.branch_id = ?3")
                + (wholeCompany ? "" : " AND (p.branch_id = ?4 OR EXISTS (SELECT 1 FROM project_member pm WHERE pm.project_id = p.id AND pm.user_id = ?5))")
                + " ORDER BY p.code, m.planned_date, m.id";
        var q = em.createNativeQuery(sql).setParameter(1, from).setParameter(2, to).setMaxResults(limit);
        if (branchId != null) {
            q.setParameter(3, branchId);
        }
        if (!wholeCompany) {
            q.setParameter(4, scopeBranchId == null ? -1L : scopeBranchId).setParameter(5, userId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new TimelineRow(num(r[0]), num(r[1]), (String) r[2], (String) r[3], (String) r[4], num(r[5]),
                (String) r[6], (String) r[7], (String) r[8], (String) r[9], bool(r[10]), date(r[11]), date(r[12]), date(r[13]))).toList();
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    private static boolean bool(Object o) {
        return o instanceof Boolean b ? b : ((Number) o).intValue() != 0;
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
