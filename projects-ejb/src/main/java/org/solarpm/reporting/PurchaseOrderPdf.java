package org.solarpm.reporting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.solarpm.identity.Actor;
import org.solarpm.identity.AuditLog;
import org.solarpm.procurement.CatalogueService;
import org.solarpm.procurement.Material;
import org.solarpm.procurement.order.OrderLine;
import org.solarpm.procurement.order.PurchaseOrder;
import org.solarpm.procurement.order.PurchaseOrderService;
import org.solarpm.project.ProjectService;
import org.solarpm.reports.ReportName;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.Messages;

/** A purchase order as a PDF: lines with their price-check verdicts and the approval chain; same access as the order. */
@Stateless
public class PurchaseOrderPdf {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    PurchaseOrderService orders;

    @Inject
    CatalogueService catalogue;

    @Inject
    ProjectService projects;

    @Inject
    Pdfs pdfs;

    @Inject
    AuditLog audit;

    @Inject
    CompanyClock clock;

    public RenderedFile pdf(Actor reader, long orderId) {
        PurchaseOrder order = orders.get(reader, orderId);
        Locale locale = reader.locale();
        Map<Long, Material> materials = orders.materialsOf(order);
        String number = "PO-" + order.getId();
        Map<String, Object> p = new HashMap<>();
        p.put("PO_NUMBER", number);
        p.put("PROJECT_NAME", projects.get(reader, order.getProjectId()).getName());
        p.put("SUPPLIER_NAME", order.getSupplierId() == null ? null : catalogue.supplier(order.getSupplierId()).getName());
        p.put("STATUS", Messages.get(locale, "export.orderStatus." + order.getStatus().name()));
        p.put("REQUESTER", order.getRequesterName());
        p.put("APPROVERS", order.getApprovals().stream()
                .map(s -> s.getApproverName() + " (" + Messages.get(locale, "export.stepStatus." + s.getStatus().name()) + ")")
                .collect(Collectors.joining(" → ")));
        p.put("CREATED_AT", STAMP.format(order.getCreatedAt().atZone(clock.zone())));
        p.put("TOTAL_AMOUNT", order.getTotalAmount());
        p.put("CURRENCY", order.getCurrency());
        List<OrderLineRow> rows = order.getLines().stream().map(l -> row(l, materials.get(l.getMaterialId()), locale)).toList();
        audit.record(reader, AuditLog.EXPORT, "PurchaseOrder", order.getId(), "purchase-order.pdf " + number);
        byte[] pdf = pdfs.render(reader, ReportName.PURCHASE_ORDER, p, rows);
        return new RenderedFile(Messages.get(locale, "export.order.fileName", number) + ".pdf", pdf);
    }

    static OrderLineRow row(OrderLine l, Material m, Locale locale) {
        return new OrderLineRow(l.getPosition(), m == null ? null : m.getCode(), m == null ? null : m.name(locale), l.getQuantity(),
                l.getUnit() == null ? null : l.getUnit().symbol(), l.getUnitPrice(), l.getTaxRate(), l.grossAmount(),
                l.getVerdict() == null ? null : Messages.get(locale, "export.verdict." + l.getVerdict().name()), l.explanation(locale));
    }
}
