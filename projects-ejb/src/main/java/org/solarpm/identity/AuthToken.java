package org.solarpm.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.eclipse.persistence.config.QueryHints;

/**
 * A signed-in session. The token itself is only ever shown to the client; the database keeps its
 * SHA-256, so a leaked table does not leak sessions.
 */
@Entity
@Table(name = "auth_token")
// Runs on every API request: user, roles and branch come in the same statement.
@NamedQuery(name = AuthToken.BY_HASH, query = "SELECT t FROM AuthToken t JOIN FETCH t.user WHERE t.tokenHash = :hash",
        hints = {
            @QueryHint(name = QueryHints.LEFT_FETCH, value = "t.user.roles"),
            @QueryHint(name = QueryHints.LEFT_FETCH, value = "t.user.branch")
        })
@NamedQuery(name = AuthToken.DELETE_BY_HASH, query = "DELETE FROM AuthToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = AuthToken.DELETE_OF_USER, query = "DELETE FROM AuthToken t WHERE t.user = :user")
@NamedQuery(name = AuthToken.DELETE_EXPIRED, query = "DELETE FROM AuthToken t WHERE t.expiresAt < :now")
public class AuthToken {

    public static final String BY_HASH = "AuthToken.byHash";
    public static final String DELETE_BY_HASH = "AuthToken.deleteByHash";
    public static final String DELETE_OF_USER = "AuthToken.deleteOfUser";
    public static final String DELETE_EXPIRED = "AuthToken.deleteExpired";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private User user;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "client_ip", length = 64)
    private String clientIp;

    @Column(name = "user_agent", length = 255)
    private String userAgent;

    protected AuthToken() {
    }

    public AuthToken(String tokenHash, User user, Instant createdAt, Instant expiresAt, String clientIp, String userAgent) {
        this.tokenHash = tokenHash;
        this.user = user;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.clientIp = clientIp;
        this.userAgent = userAgent == null || userAgent.length() <= 255 ? userAgent : userAgent.substring(0, 255);
    }

    /** Usable: not expired and its user still active. */
    public boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt) && user.isActive();
    }

    public User getUser() {
        return user;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof AuthToken t && id != null && id.equals(t.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
