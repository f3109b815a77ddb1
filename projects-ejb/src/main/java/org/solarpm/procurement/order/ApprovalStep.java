package org.solarpm.procurement.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One step of an order's approval chain: the level, the approver the rules chose, and the decision with who/when/comment. */
@Entity
@Table(name = "purchase_order_approval")
public class ApprovalStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private PurchaseOrder order;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ApprovalLevel level;

    @Column(name = "approver_id", nullable = false)
    private long approverId;

    @Column(name = "approver_name", nullable = false, length = 100)
    private String approverName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private StepStatus status = StepStatus.PENDING;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = 1000)
    private String comment;

    protected ApprovalStep() {
    }

    ApprovalStep(PurchaseOrder order, int position, Approver approver) {
        this.order = order;
        this.position = position;
        this.level = approver.level();
        this.approverId = approver.userId();
        this.approverName = approver.name();
    }

    void decide(StepStatus decision, String comment, Instant at) {
        this.status = decision;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public PurchaseOrder getOrder() {
        return order;
    }

    public int getPosition() {
        return position;
    }

    public ApprovalLevel getLevel() {
        return level;
    }

    public long getApproverId() {
        return approverId;
    }

    public String getApproverName() {
        return approverName;
    }

    public StepStatus getStatus() {
        return status;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getComment() {
        return comment;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ApprovalStep s && id != null && id.equals(s.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
