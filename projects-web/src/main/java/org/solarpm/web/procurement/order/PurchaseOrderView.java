package org.solarpm.web.procurement.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.solarpm.procurement.Material;
import org.solarpm.procurement.order.ApprovalStep;
import org.solarpm.procurement.order.OrderLine;
import org.solarpm.procurement.order.PurchaseOrder;
import org.solarpm.procurement.order.Receipt;
import org.solarpm.web.project.Money;
import org.solarpm.web.project.Quantity;

/** A purchase order as clients see it: lines with their stored price check, the approval chain and receipts. */
public record PurchaseOrderView(long id, long projectId, String title, String status, Long supplierId, long requestedBy,
                                String requesterName, Money total, Instant createdAt, Instant submittedAt, Instant decidedAt,
                                Instant orderedAt, int version, Long currentApproverId, List<LineView> lines, List<StepView> approvals) {

    public record LineView(long id, int position, long materialId, String materialCode, String materialName, Long planLineId,
                           Quantity quantity, Quantity received, Money unitPrice, String quotedCurrency, BigDecimal quotedPrice,
                           BigDecimal exchangeRate, BigDecimal taxRate, Money netAmount, Money grossAmount, LocalDate deliveryDate,
                           String verdict, BigDecimal deviationPct, String explanation, List<ReceiptView> receipts) {
    }

    public record ReceiptView(long id, Quantity quantity, LocalDate receivedOn, String receiverName, String note) {
    }

    public record StepView(int position, String level, long approverId, String approverName, String status, Instant decidedAt,
                           String comment) {
    }

    public static PurchaseOrderView of(PurchaseOrder o, Map<Long, Material> materials, Locale locale) {
        return new PurchaseOrderView(o.getId(), o.getProjectId(), o.getTitle(), o.getStatus().name(), o.getSupplierId(), o.getRequestedBy(),
                o.getRequesterName(), Money.cny(o.getTotalAmount()), o.getCreatedAt(), o.getSubmittedAt(), o.getDecidedAt(),
                o.getOrderedAt(), o.getVersion(), o.currentStep().map(ApprovalStep::getApproverId).orElse(null),
                o.getLines().stream().map(l -> line(l, materials.get(l.getMaterialId()), locale)).toList(),
                o.getApprovals().stream().map(PurchaseOrderView::step).toList());
    }

    private static LineView line(OrderLine l, Material m, Locale locale) {
        String unit = l.getUnit().symbol();
        return new LineView(l.getId(), l.getPosition(), l.getMaterialId(), m == null ? null : m.getCode(), m == null ? null : m.name(locale),
                l.getPlanLineId(), Quantity.of(l.getQuantity(), unit), Quantity.of(l.getReceivedQuantity(), unit),
                new Money(l.getUnitPrice().setScale(4, RoundingMode.HALF_UP).toPlainString(), "CNY"), l.getQuotedCurrency(),
                l.getQuotedPrice().stripTrailingZeros(), l.getExchangeRate().stripTrailingZeros(), l.getTaxRate().stripTrailingZeros(),
                Money.cny(l.netAmount()), Money.cny(l.grossAmount()), l.getDeliveryDate(),
                l.getVerdict() == null ? null : l.getVerdict().name(), l.getDeviationPct(), l.explanation(locale),
                l.getReceipts().stream().map(r -> receipt(r, unit)).toList());
    }

    private static ReceiptView receipt(Receipt r, String unit) {
        return new ReceiptView(r.getId(), Quantity.of(r.getQuantity(), unit), r.getReceivedOn(), r.getReceiverName(), r.getNote());
    }

    private static StepView step(ApprovalStep s) {
        return new StepView(s.getPosition(), s.getLevel().name(), s.getApproverId(), s.getApproverName(), s.getStatus().name(),
                s.getDecidedAt(), s.getComment());
    }
}
