package org.solarpm.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person who signs in. Deactivation (a departing employee) is permanent until reactivated and
 * ends all sessions at once; users are never deleted so that history keeps its authors.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = User.BY_USERNAME, query = "SELECT u FROM User u WHERE u.username = :username")
@NamedQuery(name = User.ALL, query = "SELECT u FROM User u ORDER BY u.username")
@NamedQuery(name = User.COUNT_ALL, query = "SELECT COUNT(u) FROM User u")
@NamedQuery(name = User.SEARCH, query = "SELECT u FROM User u WHERE LOWER(u.username) LIKE :q OR LOWER(u.displayName) LIKE :q ORDER BY u.username")
@NamedQuery(name = User.COUNT_SEARCH, query = "SELECT COUNT(u) FROM User u WHERE LOWER(u.username) LIKE :q OR LOWER(u.displayName) LIKE :q")
public class User {

    public static final String BY_USERNAME = "User.byUsername";
    public static final String ALL = "User.all";
    public static final String COUNT_ALL = "User.countAll";
    public static final String SEARCH = "User.search";
    public static final String COUNT_SEARCH = "User.countSearch";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(length = 32)
    private String phone;

    @Column(length = 254)
    private String email;

    @Column(nullable = false, length = 8)
    private String language = "zh-CN";

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "branch_id")
    private Branch branch;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supervisor_id")
    private User supervisor;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", length = 32)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected User() {
    }

    public User(String username, String displayName, String passwordHash, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    public void updateProfile(String displayName, String phone, String email, String language) {
        this.displayName = displayName;
        this.phone = phone;
        this.email = email;
        this.language = language;
    }

    public void assignTo(Branch branch, User supervisor) {
        if (supervisor != null && supervisor.reportsTo(this)) {
            throw org.solarpm.shared.DomainException.invalid("supervisorId", "error.user.supervisorCycle");
        }
        this.branch = branch;
        this.supervisor = supervisor;
    }

    /** True if this user is {@code other} or reports to them, directly or further up the line. */
    public boolean reportsTo(User other) {
        User u = this;
        for (int depth = 0; u != null && depth < 64; depth++) {
            if (u.equals(other)) {
                return true;
            }
            u = u.supervisor;
        }
        return false;
    }

    /** Replaces the role set; returns true if it changed. */
    public boolean grant(Set<Role> newRoles) {
        Set<Role> copy = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
        if (copy.equals(roles)) {
            return false;
        }
        roles.clear();
        roles.addAll(copy);
        return true;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public Branch getBranch() {
        return branch;
    }

    public User getSupervisor() {
        return supervisor;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof User u && id != null && id.equals(u.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
