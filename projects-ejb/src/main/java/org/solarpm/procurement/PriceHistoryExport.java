package org.solarpm.procurement;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.solarpm.identity.Actor;
import org.solarpm.identity.AuditLog;
import org.solarpm.reporting.XlsxSheet;
import org.solarpm.reporting.XlsxSheet.Column;
import org.solarpm.reporting.XlsxSheet.Kind;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.DomainException;
import org.solarpm.shared.Messages;

/**
 * The price history of one material as an Excel workbook, streamed in keyset batches so that
 * hundreds of thousands of rows never sit in memory at once. Everyone who may read the history
 * may export it; every export is audited.
 */
@Stateless
public class PriceHistoryExport {

    static final int BATCH = 5_000;
    /** Excel's own limit is 1,048,576 rows; a history longer than this is cut and says so. */
    static final int MAX_ROWS = 1_000_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogueService catalogue;

    @Inject
    CompanyClock clock;

    @Inject
    AuditLog audit;

    /** Checks the request and records the export; call before streaming so bad input gets a 4xx. */
    public Material prepare(Actor actor, long materialId, Long supplierId, LocalDate from, LocalDate to) {
        Material material = catalogue.material(materialId);
        if (supplierId != null) {
            catalogue.supplier(supplierId);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw DomainException.invalid("from", "error.field.invalid");
        }
        audit.record(actor, AuditLog.EXPORT, "Material", materialId, "price-history.xlsx " + material.getCode()
                + (from == null ? "" : " from " + from) + (to == null ? "" : " to " + to));
        return material;
    }

    /** Writes the workbook: one row per price point, oldest first, with real numbers and dates. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void write(Locale locale, Material material, Long supplierId, LocalDate from, LocalDate to, OutputStream out) {
        LocalDate end = to == null ? clock.today() : to;
        LocalDate start = from == null ? LocalDate.of(2000, 1, 1) : from;
        Map<Long, String> suppliers = new HashMap<>();
        for (Supplier s : em.createNamedQuery(Supplier.ALL, Supplier.class).getResultList()) {
            suppliers.put(s.getId(), s.getName());
        }
        try (XlsxSheet xlsx = new XlsxSheet(clock.zone())) {
            xlsx.sheet(Messages.get(locale, "export.priceHistory.sheet"), columns(locale, material));
            LocalDate afterDate = start.minusDays(1);
            long afterId = 0;
            int written = 0;
            while (written < MAX_ROWS) {
                List<Object[]> batch = em.createNamedQuery(PricePoint.EXPORT_BATCH, Object[].class)
                        .setParameter("materialId", material.getId()).setParameter("supplierId", supplierId)
                        .setParameter("from", start).setParameter("to", end)
                        .setParameter("afterDate", afterDate).setParameter("afterId", afterId)
                        .setMaxResults(BATCH).getResultList();
                for (Object[] r : batch) {
                    Long supplier = (Long) r[2];
                    xlsx.row(r[1], supplier == null ? null : suppliers.get(supplier), r[3], r[4],
                            unitLabel((QuantityUnit) r[5]), r[6], r[7],
                            Messages.get(locale, "export.priceHistory.source." + r[8]), r[9]);
                }
                written += batch.size();
                if (batch.size() < BATCH) {
                    break;
                }
                Object[] last = batch.get(batch.size() - 1);
                afterDate = (LocalDate) last[1];
                afterId = (Long) last[0];
                em.clear();
            }
            xlsx.write(out);
        }
    }

    private static List<Column> columns(Locale locale, Material material) {
        String perUnit = "CNY/" + material.priceUnit().symbol();
        return List.of(
                new Column(Messages.get(locale, "export.priceHistory.date"), Kind.DATE, 12),
                new Column(Messages.get(locale, "export.priceHistory.supplier"), Kind.TEXT, 28),
                new Column(Messages.get(locale, "export.priceHistory.quantity"), Kind.DECIMAL, 12),
                new Column(Messages.get(locale, "export.priceHistory.unitPrice"), Kind.DECIMAL, 12),
                new Column(Messages.get(locale, "export.priceHistory.priceUnit"), Kind.TEXT, 10),
                new Column(Messages.get(locale, "export.priceHistory.currency"), Kind.TEXT, 8),
                new Column(Messages.get(locale, "export.priceHistory.normalised", perUnit), Kind.DECIMAL, 16),
                new Column(Messages.get(locale, "export.priceHistory.source"), Kind.TEXT, 10),
                new Column(Messages.get(locale, "export.priceHistory.reference"), Kind.TEXT, 24));
    }

    private static String unitLabel(QuantityUnit unit) {
        return unit == null ? null : unit.symbol();
    }
}
