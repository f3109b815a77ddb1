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

/** One failed sign-in, kept for the throttling window. */
@Entity
@Table(name = "login_failure")
@NamedQuery(name = LoginFailure.RECENT_FOR_USER,
        query = "SELECT f.failedAt FROM LoginFailure f WHERE f.username = :username AND f.failedAt > :since ORDER BY f.failedAt DESC")
@NamedQuery(name = LoginFailure.RECENT_FOR_IP,
        query = "SELECT f.failedAt FROM LoginFailure f WHERE f.clientIp = :ip AND f.failedAt > :since ORDER BY f.failedAt DESC")
@NamedQuery(name = LoginFailure.CLEAR_FOR_USER, query = "DELETE FROM LoginFailure f WHERE f.username = :username")
@NamedQuery(name = LoginFailure.DELETE_OLDER, query = "DELETE FROM LoginFailure f WHERE f.failedAt < :before")
public class LoginFailure {

    public static final String RECENT_FOR_USER = "LoginFailure.recentForUser";
    public static final String RECENT_FOR_IP = "LoginFailure.recentForIp";
    public static final String CLEAR_FOR_USER = "LoginFailure.clearForUser";
    public static final String DELETE_OLDER = "LoginFailure.deleteOlder";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "client_ip", nullable = false, length = 64)
    private String clientIp;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected LoginFailure() {
    }

    public LoginFailure(String username, String clientIp, Instant failedAt) {
        this.username = username.length() > 64 ? username.substring(0, 64) : username;
        this.clientIp = clientIp;
        this.failedAt = failedAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof LoginFailure f && id != null && id.equals(f.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
