package org.solarpm.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** An append-only record of a security-relevant event: who, what, when, from where. */
@Entity
@Table(name = "audit_log")
@NamedQuery(name = AuditEntry.LATEST, query = "SELECT a FROM AuditEntry a ORDER BY a.occurredAt DESC, a.id DESC")
@NamedQuery(name = AuditEntry.LATEST_OF_ACTION,
        query = "SELECT a FROM AuditEntry a WHERE a.action = :action ORDER BY a.occurredAt DESC, a.id DESC")
@NamedQuery(name = AuditEntry.COUNT_ALL, query = "SELECT COUNT(a) FROM AuditEntry a")
@NamedQuery(name = AuditEntry.COUNT_OF_ACTION, query = "SELECT COUNT(a) FROM AuditEntry a WHERE a.action = :action")
public class AuditEntry {

    public static final String LATEST = "AuditEntry.latest";
    public static final String LATEST_OF_ACTION = "AuditEntry.latestOfAction";
    public static final String COUNT_ALL = "AuditEntry.countAll";
    public static final String COUNT_OF_ACTION = "AuditEntry.countOfAction";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_name", length = 64, updatable = false)
    private String actorName;

    @Column(nullable = false, length = 64, updatable = false)
    private String action;

    @Column(name = "target_type", length = 64, updatable = false)
    private String targetType;

    @Column(name = "target_id", length = 64, updatable = false)
    private String targetId;

    @Column(length = 1000, updatable = false)
    private String detail;

    @Column(name = "client_ip", length = 64, updatable = false)
    private String clientIp;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, Long actorId, String actorName, String action,
                      String targetType, String targetId, String detail, String clientIp) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorName = clip(actorName, 64);
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.detail = clip(detail, 1000);
        this.clientIp = clip(clientIp, 64);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getDetail() {
        return detail;
    }

    public String getClientIp() {
        return clientIp;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof AuditEntry a && id != null && id.equals(a.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
