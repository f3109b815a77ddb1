package org.solarpm.procurement.order;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.solarpm.identity.Actor;
import org.solarpm.procurement.PriceCheck;
import org.solarpm.procurement.PriceVerdict;
import org.solarpm.shared.DomainException;

/**
 * A purchase order of one project, the aggregate of its lines, approval chain and receipts.
 * Status moves DRAFT -> SUBMITTED -> APPROVED | REJECTED, APPROVED -> ORDERED -> PARTIALLY_RECEIVED -> RECEIVED.
 * The chain is fixed at submission; steps are decided in order, each only by its own approver,
 * never by the requester.
 */
@Entity
@Table(name = "purchase_order")
@NamedQuery(name = PurchaseOrder.OF_PROJECT, query = "SELECT o FROM PurchaseOrder o WHERE o.projectId = :projectId ORDER BY o.id DESC")
@NamedQuery(name = PurchaseOrder.COUNT_OF_PROJECT, query = "SELECT COUNT(o) FROM PurchaseOrder o WHERE o.projectId = :projectId")
@NamedQuery(name = PurchaseOrder.AWAITING, query = "SELECT o FROM PurchaseOrder o WHERE o.status = :submitted AND EXISTS"
        + " (SELECT s FROM ApprovalStep s WHERE s.order = o AND s.approverId = :userId AND s.status = :pending"
        + " AND NOT EXISTS (SELECT e FROM ApprovalStep e WHERE e.order = o AND e.position < s.position AND e.status <> :approved))"
        + " ORDER BY o.submittedAt, o.id")
public class PurchaseOrder {

    public static final String OF_PROJECT = "PurchaseOrder.ofProject";
    public static final String COUNT_OF_PROJECT = "PurchaseOrder.countOfProject";
    public static final String AWAITING = "PurchaseOrder.awaiting";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "supplier_id")
    private Long supplierId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private OrderStatus status = OrderStatus.DRAFT;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private long requestedBy;

    @Column(name = "requester_name", nullable = false, length = 100)
    private String requesterName;

    @Column(name = "total_amount", nullable = false)
    private BigDecimal totalAmount = BigDecimal.ZERO;

    @Column(nullable = false, length = 3)
    private String currency = "CNY";

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "ordered_at")
    private Instant orderedAt;

    @Version
    private int version;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<OrderLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ApprovalStep> approvals = new ArrayList<>();

    protected PurchaseOrder() {
    }

    /** A draft of {@code lines}; {@code planLines} maps each line (by index) to the material plan line it fills, if any. */
    public PurchaseOrder(long projectId, String title, Long supplierId, Actor requester, List<NewOrderLine> specs,
                         List<Long> planLines, Instant createdAt) {
        if (specs == null || specs.isEmpty()) {
            throw DomainException.invalid("lines", "error.po.noLines");
        }
        this.projectId = projectId;
        this.title = title == null || title.isBlank() ? "-" : title.strip();
        this.supplierId = supplierId;
        this.requestedBy = requester.id();
        this.requesterName = requester.displayName();
        this.createdAt = createdAt;
        for (int i = 0; i < specs.size(); i++) {
            lines.add(new OrderLine(this, i + 1, specs.get(i), planLines.get(i)));
        }
        this.totalAmount = lines.stream().map(OrderLine::grossAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Submits the draft: stores every line's price check (Chinese and English explanation) and fixes the approval chain. */
    public void submit(Map<OrderLine, PriceCheck> checks, Map<OrderLine, PriceCheck> checksEn, List<Approver> chain, Instant at) {
        requireStatus(OrderStatus.DRAFT);
        if (chain.isEmpty() || chain.stream().anyMatch(a -> a.userId() == requestedBy)) {
            throw new IllegalArgumentException("the chain must exist and leave out the requester");
        }
        lines.forEach(l -> l.recordCheck(Objects.requireNonNull(checks.get(l)), Objects.requireNonNull(checksEn.get(l)), at));
        for (int i = 0; i < chain.size(); i++) {
            approvals.add(new ApprovalStep(this, i + 1, chain.get(i)));
        }
        status = OrderStatus.SUBMITTED;
        submittedAt = at;
    }

    public boolean anyHighLine() {
        return lines.stream().anyMatch(l -> l.getVerdict() == PriceVerdict.HIGH);
    }

    /** The step waiting for a decision, if the order is submitted. */
    public Optional<ApprovalStep> currentStep() {
        if (status != OrderStatus.SUBMITTED) {
            return Optional.empty();
        }
        return approvals.stream().filter(s -> s.getStatus() == StepStatus.PENDING).findFirst();
    }

    /**
     * The current step's approver approves; the order is APPROVED when that was the last step.
     *
     * @return true when this approval completed the chain
     */
    public boolean approve(Actor actor, String comment, Instant at) {
        ApprovalStep step = stepFor(actor);
        step.decide(StepStatus.APPROVED, comment, at);
        if (currentStep().isEmpty()) {
            status = OrderStatus.APPROVED;
            decidedAt = at;
            return true;
        }
        return false;
    }

    /** The current step's approver rejects, with a reason; the order is REJECTED. */
    public void reject(Actor actor, String reason, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "error.po.reasonRequired");
        }
        ApprovalStep step = stepFor(actor);
        step.decide(StepStatus.REJECTED, reason, at);
        status = OrderStatus.REJECTED;
        decidedAt = at;
    }

    private ApprovalStep stepFor(Actor actor) {
        requireStatus(OrderStatus.SUBMITTED);
        if (actor.id() == requestedBy) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "error.po.ownOrder");
        }
        ApprovalStep step = currentStep().orElseThrow(() -> DomainException.conflict("error.po.status", status.name()));
        if (step.getApproverId() != actor.id()) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "error.po.notYourStep", step.getApproverName());
        }
        return step;
    }

    /** The approved order was placed with the supplier. */
    public void markOrdered(Instant at) {
        requireStatus(OrderStatus.APPROVED);
        status = OrderStatus.ORDERED;
        orderedAt = at;
    }

    /** Books receipts of several lines at once (line id -> quantity); partial receipts keep the order open. */
    public List<Receipt> receive(Map<Long, BigDecimal> quantities, LocalDate on, Actor actor, String note, Instant at) {
        if (status != OrderStatus.ORDERED && status != OrderStatus.PARTIALLY_RECEIVED) {
            throw DomainException.conflict("error.po.status", status.name());
        }
        if (quantities.isEmpty()) {
            throw DomainException.invalid("lines", "error.po.noLines");
        }
        List<Receipt> receipts = new ArrayList<>();
        quantities.forEach((lineId, qty) -> receipts.add(line(lineId).receive(qty, on, actor, note, at)));
        status = lines.stream().allMatch(OrderLine::fullyReceived) ? OrderStatus.RECEIVED : OrderStatus.PARTIALLY_RECEIVED;
        return receipts;
    }

    public OrderLine line(long lineId) {
        return lines.stream().filter(l -> l.getId() != null && l.getId() == lineId).findFirst()
                .orElseThrow(() -> DomainException.invalid("lines.lineId", "error.unknownReference", lineId));
    }

    private void requireStatus(OrderStatus expected) {
        if (status != expected) {
            throw DomainException.conflict("error.po.status", status.name());
        }
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public long getRequestedBy() {
        return requestedBy;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public BigDecimal getTotalAmount() {
        return totalAmount;
    }

    public String getCurrency() {
        return currency;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getOrderedAt() {
        return orderedAt;
    }

    public int getVersion() {
        return version;
    }

    public List<OrderLine> getLines() {
        return List.copyOf(lines);
    }

    public List<ApprovalStep> getApprovals() {
        return List.copyOf(approvals);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof PurchaseOrder p && id != null && id.equals(p.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
