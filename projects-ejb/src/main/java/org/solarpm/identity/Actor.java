package org.solarpm.identity;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The signed-in user on whose behalf a service acts, with the request's language and address.
 * Services receive it explicitly so that rules about who may do what stay in the domain.
 */
public record Actor(long id, String username, String displayName, Set<Role> roles, Long branchId,
                    Locale locale, String clientIp) {

    public Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Actor of(User user, Locale locale, String clientIp) {
        return new Actor(user.getId(), user.getUsername(), user.getDisplayName(), user.getRoles(),
                user.getBranch() == null ? null : user.getBranch().getId(), locale, clientIp);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    /** Admins and executives see every project of the company. */
    public boolean seesWholeCompany() {
        return roles.contains(Role.ADMIN) || roles.contains(Role.EXECUTIVE);
    }

    public Actor withLocale(Locale newLocale) {
        return new Actor(id, username, displayName, roles, branchId, newLocale, clientIp);
    }
}
