package org.solarpm.procurement.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Read side of the material plan and the budget: aggregates over purchase order lines in SQL (one
 * statement each), never order by order in memory. Only orders that commit money count: approved,
 * ordered, partially received or received.
 */
@ApplicationScoped
public class ProjectCosts {

    static final String COMMITTING = "'APPROVED','ORDERED','PARTIALLY_RECEIVED','RECEIVED'";

    @PersistenceContext
    EntityManager em;

    /** A plan line with what committed orders ordered and received against it; consumed as daily reports record it. */
    public record PlanRow(long planLineId, int position, String materialCode, String nameZh, String nameEn, String category, String unit,
                          BigDecimal planned, BigDecimal budget, BigDecimal ordered, BigDecimal received, BigDecimal consumed) {
    }

    /** Ordered material that fills no plan line. */
    public record UnplannedRow(long materialId, String materialCode, String nameZh, String nameEn, String category, String unit,
                               BigDecimal ordered, BigDecimal received) {
    }

    /** Money per material category: committed (tax included) and the value received so far. */
    public record CategoryMoney(String category, BigDecimal committed, BigDecimal received) {
    }

    public List<PlanRow> planOf(long projectId) {
        String sql = "SELECT m.id, m.position, m.material_code, m.name_zh, m.name_en, m.category, m.unit, m.planned_quantity, m.budget,"
                + " COALESCE(x.ordered, 0), COALESCE(x.received, 0), m.consumed_quantity"
                + " FROM material_plan_line m LEFT JOIN (SELECT l.plan_line_id, SUM(l.quantity) AS ordered, SUM(l.received_quantity) AS received"
                + " FROM purchase_order_line l JOIN purchase_order o ON o.id = l.order_id"
                + " WHERE o.project_id = ? AND o.status IN (" + COMMITTING + ") AND l.plan_line_id IS NOT NULL GROUP BY l.plan_line_id) x"
                + " ON x.plan_line_id = m.id WHERE m.project_id = ? ORDER BY m.position";
        List<PlanRow> rows = new ArrayList<>();
        for (Object row : em.createNativeQuery(sql).setParameter(1, projectId).setParameter(2, projectId).getResultList()) {
            Object[] r = (Object[]) row;
            rows.add(new PlanRow(num(r[0]).longValue(), num(r[1]).intValue(), (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    (String) r[6], dec(r[7]), dec(r[8]), dec(r[9]), dec(r[10]), r[11] == null ? null : dec(r[11])));
        }
        return rows;
    }

    public List<UnplannedRow> unplannedOf(long projectId) {
        String sql = "SELECT mat.id, mat.code, mat.name_zh, mat.name_en, mat.category, l.unit, SUM(l.quantity), SUM(l.received_quantity)"
                + " FROM purchase_order_line l JOIN purchase_order o ON o.id = l.order_id JOIN material mat ON mat.id = l.material_id"
                + " WHERE o.project_id = ? AND o.status IN (" + COMMITTING + ") AND l.plan_line_id IS NULL"
                + " GROUP BY mat.id, mat.code, mat.name_zh, mat.name_en, mat.category, l.unit ORDER BY mat.code";
        List<UnplannedRow> rows = new ArrayList<>();
        for (Object row : em.createNativeQuery(sql).setParameter(1, projectId).getResultList()) {
            Object[] r = (Object[]) row;
            rows.add(new UnplannedRow(num(r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    dec(r[6]), dec(r[7])));
        }
        return rows;
    }

    public List<CategoryMoney> committedOf(long projectId) {
        String sql = "SELECT mat.category, SUM(l.quantity * l.unit_price * (1 + l.tax_rate)),"
                + " SUM(l.received_quantity * l.unit_price * (1 + l.tax_rate))"
                + " FROM purchase_order_line l JOIN purchase_order o ON o.id = l.order_id JOIN material mat ON mat.id = l.material_id"
                + " WHERE o.project_id = ? AND o.status IN (" + COMMITTING + ") GROUP BY mat.category";
        List<CategoryMoney> rows = new ArrayList<>();
        for (Object row : em.createNativeQuery(sql).setParameter(1, projectId).getResultList()) {
            Object[] r = (Object[]) row;
            rows.add(new CategoryMoney((String) r[0], dec(r[1]), dec(r[2])));
        }
        return rows;
    }

    /** The material plan's budget per plan category, the default when nobody has set the project's budget. */
    public List<CategoryMoney> plannedBudgetOf(long projectId) {
        List<CategoryMoney> rows = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT category, SUM(COALESCE(budget, 0)) FROM material_plan_line WHERE project_id = ?"
                + " GROUP BY category").setParameter(1, projectId).getResultList()) {
            Object[] r = (Object[]) row;
            rows.add(new CategoryMoney((String) r[0], dec(r[1]), BigDecimal.ZERO));
        }
        return rows;
    }

    public Optional<ProjectBudget> budgetOf(long projectId) {
        return Optional.ofNullable(em.find(ProjectBudget.class, projectId));
    }

    public void add(ProjectBudget budget) {
        em.persist(budget);
    }

    public void flush() {
        em.flush();
    }

    private static Number num(Object o) {
        return (Number) o;
    }

    private static BigDecimal dec(Object o) {
        if (o == null) {
            return BigDecimal.ZERO;
        }
        return o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }
}
