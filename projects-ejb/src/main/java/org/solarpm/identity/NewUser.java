package org.solarpm.identity;

import java.util.Set;

/** What an administrator fills in to create an account. */
public record NewUser(String username, String displayName, String phone, String email, String language,
                      String password, Long branchId, Long supervisorId, Set<Role> roles) {
}
