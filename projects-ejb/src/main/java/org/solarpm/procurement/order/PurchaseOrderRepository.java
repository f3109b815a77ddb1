package org.solarpm.procurement.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.solarpm.identity.Role;
import org.solarpm.identity.User;

/** Purchase orders, their creation keys, and the users the approval rules pick from. */
@ApplicationScoped
public class PurchaseOrderRepository {

    @PersistenceContext
    EntityManager em;

    public record Page(List<PurchaseOrder> items, long total) {
    }

    public void add(PurchaseOrder order) {
        em.persist(order);
        em.flush();
    }

    public Optional<PurchaseOrder> find(long id) {
        return Optional.ofNullable(em.find(PurchaseOrder.class, id));
    }

    /** Loads the order locked for an update, so two decisions on it are serialised. */
    public Optional<PurchaseOrder> findForUpdate(long id) {
        return Optional.ofNullable(em.find(PurchaseOrder.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Every change of an order (also one that only touches a line or a step) gives it a new version. */
    public void bumpVersion(PurchaseOrder order) {
        em.lock(order, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    public void flush() {
        em.flush();
    }

    public Page ofProject(long projectId, int page, int size) {
        return new Page(em.createNamedQuery(PurchaseOrder.OF_PROJECT, PurchaseOrder.class).setParameter("projectId", projectId)
                .setFirstResult(page * size).setMaxResults(size).getResultList(),
                em.createNamedQuery(PurchaseOrder.COUNT_OF_PROJECT, Long.class).setParameter("projectId", projectId).getSingleResult());
    }

    /** Submitted orders whose current step waits for this user. */
    public List<PurchaseOrder> awaiting(long userId, int limit) {
        return em.createNamedQuery(PurchaseOrder.AWAITING, PurchaseOrder.class).setParameter("userId", userId)
                .setParameter("submitted", OrderStatus.SUBMITTED).setParameter("pending", StepStatus.PENDING)
                .setParameter("approved", StepStatus.APPROVED).setMaxResults(limit).getResultList();
    }

    /** Active users with {@code role}, lowest id first; in one branch when {@code branchId} is given. */
    public List<User> activeWithRole(Role role, Long branchId) {
        String jpql = "SELECT u FROM User u WHERE u.active = TRUE AND :role MEMBER OF u.roles"
                + (branchId == null ? "" : " AND u.branch.id = :branchId") + " ORDER BY u.id";
        var q = em.createQuery(jpql, User.class).setParameter("role", role);
        if (branchId != null) {
            q.setParameter("branchId", branchId);
        }
        return q.getResultList();
    }

    /** The material plan line of a project that a line of this category and unit fills: the first by position. */
    public Optional<Long> planLineFor(long projectId, String category, String unit) {
        List<?> rows = em.createNativeQuery("SELECT id FROM material_plan_line WHERE project_id = ? AND category = ?"
                        + " AND LOWER(unit) = LOWER(?) ORDER BY position LIMIT 1")
                .setParameter(1, projectId).setParameter(2, category).setParameter(3, unit).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)).longValue());
    }

    public boolean planLineOf(long projectId, long planLineId) {
        return !em.createNativeQuery("SELECT id FROM material_plan_line WHERE project_id = ? AND id = ?")
                .setParameter(1, projectId).setParameter(2, planLineId).getResultList().isEmpty();
    }

    public Optional<Long> createdWithKey(long userId, String key) {
        List<?> rows = em.createNativeQuery("SELECT order_id FROM purchase_order_key WHERE user_id = ? AND idem_key = ?")
                .setParameter(1, userId).setParameter(2, key).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)).longValue());
    }

    public void rememberKey(long userId, String key, long orderId, Instant at) {
        em.createNativeQuery("INSERT INTO purchase_order_key (user_id, idem_key, order_id, created_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, userId).setParameter(2, key).setParameter(3, orderId)
                .setParameter(4, LocalDateTime.ofInstant(at, ZoneOffset.UTC)).executeUpdate();
    }
}
