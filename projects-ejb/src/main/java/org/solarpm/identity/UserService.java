package org.solarpm.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.DomainException;

/** Account administration: create, edit, grant roles, deactivate. Only administrators may call these. */
@Stateless
public class UserService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog audit;

    @Inject
    CompanyClock clock;

    public record Page(List<User> items, long total) {
    }

    public Page list(Actor actor, String query, int page, int size) {
        requireAdminOrExecutive(actor);
        if (query == null || query.isBlank()) {
            return new Page(em.createNamedQuery(User.ALL, User.class).setFirstResult(page * size).setMaxResults(size).getResultList(),
                    em.createNamedQuery(User.COUNT_ALL, Long.class).getSingleResult());
        }
        String like = "%" + query.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return new Page(em.createNamedQuery(User.SEARCH, User.class).setParameter("q", like)
                .setFirstResult(page * size).setMaxResults(size).getResultList(),
                em.createNamedQuery(User.COUNT_SEARCH, Long.class).setParameter("q", like).getSingleResult());
    }

    public User get(Actor actor, long id) {
        if (actor.id() != id) {
            requireAdminOrExecutive(actor);
        }
        return find(id);
    }

    public User create(Actor actor, NewUser cmd) {
        requireAdmin(actor);
        if (!em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("username", cmd.username()).getResultList().isEmpty()) {
            throw DomainException.invalid("username", "error.user.usernameTaken", cmd.username());
        }
        User user = new User(cmd.username(), cmd.displayName(), hasher.hash(cmd.password()), clock.now());
        user.updateProfile(cmd.displayName(), cmd.phone(), cmd.email(), language(cmd.language()));
        user.assignTo(branch(cmd.branchId()), supervisor(cmd.supervisorId()));
        user.grant(roles(cmd.roles()));
        em.persist(user);
        em.flush();
        audit.record(actor, AuditLog.USER_CREATED, "User", user.getId(), cmd.username() + " " + user.getRoles());
        return user;
    }

    public User update(Actor actor, long id, UserChanges changes) {
        requireAdmin(actor);
        User user = find(id);
        if (changes.version() != null && changes.version() != user.getVersion()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "error.staleVersion");
        }
        if (changes.has("displayName") && changes.displayName() == null) {
            throw DomainException.invalid("displayName", "error.field.required");
        }
        user.updateProfile(changes.has("displayName") ? changes.displayName() : user.getDisplayName(),
                changes.has("phone") ? changes.phone() : user.getPhone(),
                changes.has("email") ? changes.email() : user.getEmail(),
                changes.has("language") ? language(changes.language()) : user.getLanguage());
        if (changes.has("branchId") || changes.has("supervisorId")) {
            user.assignTo(changes.has("branchId") ? branch(changes.branchId()) : user.getBranch(),
                    changes.has("supervisorId") ? (changes.supervisorId() == null ? null : supervisor(changes.supervisorId()))
                            : user.getSupervisor());
        }
        if (changes.has("roles") && changes.roles() != null) {
            Set<Role> before = user.getRoles();
            if (user.grant(roles(changes.roles()))) {
                audit.record(actor, AuditLog.ROLES_CHANGED, "User", id, before + " -> " + user.getRoles());
            }
        }
        audit.record(actor, AuditLog.USER_UPDATED, "User", id, null);
        return user;
    }

    /** Ends the employee's access at once: the account is disabled and all its tokens are deleted. */
    public User deactivate(Actor actor, long id) {
        requireAdmin(actor);
        if (actor.id() == id) {
            throw DomainException.conflict("error.user.cannotDeactivateSelf");
        }
        User user = find(id);
        user.deactivate();
        em.createNamedQuery(AuthToken.DELETE_OF_USER).setParameter("user", user).executeUpdate();
        audit.record(actor, AuditLog.USER_DEACTIVATED, "User", id, user.getUsername());
        return user;
    }

    public User reactivate(Actor actor, long id) {
        requireAdmin(actor);
        User user = find(id);
        user.reactivate();
        audit.record(actor, AuditLog.USER_REACTIVATED, "User", id, user.getUsername());
        return user;
    }

    public void changePassword(Actor actor, long id, String currentPassword, String newPassword) {
        User user = find(id);
        boolean self = actor.id() == id;
        if (!self) {
            requireAdmin(actor);
        } else if (currentPassword == null || !hasher.verify(currentPassword, user.getPasswordHash())) {
            throw DomainException.invalid("currentPassword", "error.user.wrongPassword");
        }
        user.changePasswordHash(hasher.hash(newPassword));
        audit.record(actor, AuditLog.PASSWORD_CHANGED, "User", id, null);
    }

    public long countUsers() {
        return em.createNamedQuery(User.COUNT_ALL, Long.class).getSingleResult();
    }

    private User find(long id) {
        User user = em.find(User.class, id);
        if (user == null) {
            throw DomainException.notFound("User");
        }
        return user;
    }

    private Branch branch(Long id) {
        if (id == null) {
            return null;
        }
        Branch b = em.find(Branch.class, id);
        if (b == null) {
            throw DomainException.invalid("branchId", "error.unknownReference", id);
        }
        return b;
    }

    private User supervisor(Long id) {
        if (id == null) {
            return null;
        }
        User u = em.find(User.class, id);
        if (u == null) {
            throw DomainException.invalid("supervisorId", "error.unknownReference", id);
        }
        return u;
    }

    private static Set<Role> roles(Set<Role> roles) {
        return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    private static String language(String tag) {
        return "en".equalsIgnoreCase(tag) ? "en" : "zh-CN";
    }

    static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw DomainException.forbidden();
        }
    }

    static void requireAdminOrExecutive(Actor actor) {
        if (!actor.isAdmin() && !actor.has(Role.EXECUTIVE) && !actor.has(Role.BRANCH_HEAD)) {
            throw DomainException.forbidden();
        }
    }
}
