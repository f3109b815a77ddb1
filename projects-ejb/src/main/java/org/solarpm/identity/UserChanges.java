package org.solarpm.identity;

import java.util.Set;

/**
 * An administrator's edit of an account, with merge-patch meaning: only the fields named in
 * {@code present} change (a present null clears phone, e-mail, branch or supervisor); the others
 * keep their values. {@code version} guards against lost updates.
 */
public record UserChanges(String displayName, String phone, String email, String language, Long branchId,
                          Long supervisorId, Set<Role> roles, Integer version, Set<String> present) {

    public UserChanges {
        present = present == null ? Set.of() : Set.copyOf(present);
    }

    public boolean has(String field) {
        return present.contains(field);
    }
}
