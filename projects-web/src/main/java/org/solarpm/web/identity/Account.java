package org.solarpm.web.identity;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.solarpm.identity.Branch;
import org.solarpm.identity.User;

/** A user as clients see it: never the password hash. */
public record Account(long id, String username, String displayName, String phone, String email, String language,
                      boolean active, BranchRef branch, UserRef supervisor, Set<String> roles, int version) {

    public record BranchRef(long id, String code, String name) {
        static BranchRef of(Branch b, Locale locale) {
            return b == null ? null : new BranchRef(b.getId(), b.getCode(), b.name(locale));
        }
    }

    public record UserRef(long id, String username, String displayName) {
        static UserRef of(User u) {
            return u == null ? null : new UserRef(u.getId(), u.getUsername(), u.getDisplayName());
        }
    }

    public static Account of(User u, Locale locale) {
        Set<String> roles = new TreeSet<>();
        u.getRoles().forEach(r -> roles.add(r.name()));
        return new Account(u.getId(), u.getUsername(), u.getDisplayName(), u.getPhone(), u.getEmail(), u.getLanguage(),
                u.isActive(), BranchRef.of(u.getBranch(), locale), UserRef.of(u.getSupervisor()), roles, u.getVersion());
    }
}
