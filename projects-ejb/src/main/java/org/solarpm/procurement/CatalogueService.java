package org.solarpm.procurement;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.solarpm.identity.Actor;
import org.solarpm.identity.AuditLog;
import org.solarpm.identity.Role;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.DomainException;

/** The material and supplier catalogue. Everyone signed in reads it; buyers and admins extend it. */
@Stateless
public class CatalogueService {

    public static final String MATERIAL_CREATED = "MATERIAL_CREATED";
    public static final String SUPPLIER_CREATED = "SUPPLIER_CREATED";

    @PersistenceContext
    EntityManager em;

    @Inject
    CompanyClock clock;

    @Inject
    AuditLog audit;

    @Inject
    PriceHistory history;

    /** Rows a history request returns at most; a chart needs no more. */
    public static final int MAX_HISTORY_ROWS = 10_000;

    public record Page<T>(List<T> items, long total) {
    }

    public Page<Material> materials(MaterialCategory category, int page, int size) {
        var items = category == null
                ? em.createNamedQuery(Material.ALL, Material.class)
                : em.createNamedQuery(Material.OF_CATEGORY, Material.class).setParameter("category", category);
        var count = category == null
                ? em.createNamedQuery(Material.COUNT_ALL, Long.class)
                : em.createNamedQuery(Material.COUNT_OF_CATEGORY, Long.class).setParameter("category", category);
        return new Page<>(items.setFirstResult(page * size).setMaxResults(size).getResultList(), count.getSingleResult());
    }

    public Page<Supplier> suppliers(int page, int size) {
        return new Page<>(em.createNamedQuery(Supplier.ALL, Supplier.class).setFirstResult(page * size).setMaxResults(size).getResultList(),
                em.createNamedQuery(Supplier.COUNT_ALL, Long.class).getSingleResult());
    }

    public Material material(long id) {
        Material m = em.find(Material.class, id);
        if (m == null) {
            throw DomainException.notFound("Material");
        }
        return m;
    }

    public Supplier supplier(long id) {
        Supplier s = em.find(Supplier.class, id);
        if (s == null) {
            throw DomainException.notFound("Supplier");
        }
        return s;
    }

    /** The price history of a material, oldest first; the last two years when no dates are given. */
    public List<PricePoint> history(long materialId, Long supplierId, java.time.LocalDate from, java.time.LocalDate to) {
        material(materialId);
        java.time.LocalDate end = to == null ? clock.today() : to;
        java.time.LocalDate start = from == null ? end.minusYears(2) : from;
        if (start.isAfter(end)) {
            throw DomainException.invalid("from", "error.field.invalid");
        }
        return history.historyOf(materialId, supplierId, start, end, MAX_HISTORY_ROWS);
    }

    public Material create(Actor actor, NewMaterial cmd) {
        requireBuyer(actor);
        if (!em.createNamedQuery(Material.BY_CODE, Material.class).setParameter("code", cmd.code().strip()).getResultList().isEmpty()) {
            throw DomainException.invalid("code", "error.material.codeTaken", cmd.code());
        }
        Material m = new Material(cmd.code(), cmd.nameZh(), cmd.nameEn(), cmd.category(), cmd.unit(), cmd.moduleWp(), cmd.inverterKw(),
                cmd.cableMm2(), clock.now());
        em.persist(m);
        em.flush();
        audit.record(actor, MATERIAL_CREATED, "Material", m.getId(), m.getCode());
        return m;
    }

    public Supplier create(Actor actor, NewSupplier cmd) {
        requireBuyer(actor);
        if (!em.createNamedQuery(Supplier.BY_CODE, Supplier.class).setParameter("code", cmd.code().strip()).getResultList().isEmpty()) {
            throw DomainException.invalid("code", "error.supplier.codeTaken", cmd.code());
        }
        Supplier s = new Supplier(cmd.code(), cmd.name(), cmd.contactName(), cmd.contactPhone(), cmd.contactEmail(), clock.now());
        em.persist(s);
        em.flush();
        audit.record(actor, SUPPLIER_CREATED, "Supplier", s.getId(), s.getCode());
        return s;
    }

    /** Buyers keep the catalogue and the price history; admins may too. */
    public static void requireBuyer(Actor actor) {
        if (!actor.isAdmin() && !actor.has(Role.BUYER)) {
            throw DomainException.forbidden();
        }
    }
}
