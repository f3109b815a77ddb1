package org.solarpm.identity;

import java.util.Set;

/** An administrator's edit of an account; {@code version} guards against lost updates. */
public record UserChanges(String displayName, String phone, String email, String language, Long branchId,
                          Long supervisorId, Set<Role> roles, Integer version) {
}
