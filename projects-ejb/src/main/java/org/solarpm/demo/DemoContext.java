package org.solarpm.demo;

import java.util.Map;
import org.solarpm.identity.Branch;
import org.solarpm.identity.User;

/** The demo organisation that feature seeders build on: users by login name, branches by code. */
public record DemoContext(Map<String, User> users, Map<String, Branch> branches) {

    public User user(String username) {
        return users.get(username);
    }

    public Branch branch(String code) {
        return branches.get(code);
    }
}
