package org.solarpm.procurement;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The price history repository. Window reads go through the (material_id, price_date, ...) index
 * and return only the window's date and normalised price, never whole rows or whole tables.
 */
@Stateless
public class PriceHistory {

    @PersistenceContext
    EntityManager em;

    /** Normalised prices of the given materials between {@code from} and {@code to}, inclusive. */
    public List<PriceSample> pricesOf(List<Long> materialIds, LocalDate from, LocalDate to) {
        if (materialIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNamedQuery(PricePoint.WINDOW_OF_MATERIALS, Object[].class)
                .setParameter("materialIds", materialIds).setParameter("from", from).setParameter("to", to)
                .getResultList();
        List<PriceSample> samples = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            samples.add(new PriceSample((LocalDate) row[0], ((BigDecimal) row[1]).doubleValue()));
        }
        return samples;
    }

    /** The history of one material (optionally one supplier's), oldest first, at most {@code limit} rows. */
    public List<PricePoint> historyOf(long materialId, Long supplierId, LocalDate from, LocalDate to, int limit) {
        var q = supplierId == null
                ? em.createNamedQuery(PricePoint.HISTORY, PricePoint.class)
                : em.createNamedQuery(PricePoint.HISTORY_OF_SUPPLIER, PricePoint.class).setParameter("supplierId", supplierId);
        return q.setParameter("materialId", materialId).setParameter("from", from).setParameter("to", to)
                .setMaxResults(limit).getResultList();
    }

    public List<Long> materialsOfSpecClass(String specClass) {
        return em.createNamedQuery(Material.IDS_OF_SPEC_CLASS, Long.class).setParameter("specClass", specClass).getResultList();
    }

    public void record(PricePoint point) {
        em.persist(point);
    }
}
