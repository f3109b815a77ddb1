package org.solarpm.it.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.solarpm.identity.Actor;
import org.solarpm.identity.AuditLog;
import org.solarpm.identity.AuthenticationService;
import org.solarpm.identity.NewUser;
import org.solarpm.identity.OrganisationService;
import org.solarpm.identity.Role;
import org.solarpm.identity.SignInResult;
import org.solarpm.identity.User;
import org.solarpm.identity.UserChanges;
import org.solarpm.identity.UserService;
import org.solarpm.shared.DatabaseMigration;
import org.solarpm.shared.DomainException;

/** In-container: the identity services on Payara Micro against a Flyway-migrated MariaDB. */
@ExtendWith(ArquillianExtension.class)
class IdentityServiceIT {

    private static final Actor ADMIN = new Actor(0, "it-admin", "IT Admin", Set.of(Role.ADMIN), null, Locale.ROOT, "127.0.0.1");

    @Deployment
    static WebArchive deployment() {
        return Deployments.solarpm();
    }

    @Inject
    DatabaseMigration migration;

    @Inject
    UserService users;

    @Inject
    AuthenticationService authentication;

    @Inject
    OrganisationService organisation;

    @Inject
    AuditLog audit;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private User createSiteLead(String username) {
        return users.create(ADMIN, new NewUser(username, "现场 " + username, "13900000000", username + "@example.com", "zh-CN",
                "solarpm-pw", null, null, Set.of(Role.SITE_LEAD)));
    }

    @Test
    void schemaIsMigratedBeforeAnythingRuns() {
        assertTrue(migration.isMigrated());
    }

    @Test
    void shouldCreateAUserWhoCanSignInAndBeResolvedByToken() {
        String name = unique("lead");
        User created = createSiteLead(name);
        SignInResult result = authentication.signIn(name, "solarpm-pw", "10.1.1.1", "it");
        SignInResult.Success success = assertInstanceOf(SignInResult.Success.class, result);
        User resolved = authentication.userOf(success.token()).orElseThrow();
        assertEquals(created.getId(), resolved.getId());
        assertEquals(Set.of(Role.SITE_LEAD), resolved.getRoles());
        assertFalse(success.token().contains(name));
    }

    @Test
    void shouldRevokeEveryTokenOnDeactivation() {
        String name = unique("leaver");
        User user = createSiteLead(name);
        var first = (SignInResult.Success) authentication.signIn(name, "solarpm-pw", "10.1.1.2", "phone");
        var second = (SignInResult.Success) authentication.signIn(name, "solarpm-pw", "10.1.1.3", "laptop");
        users.deactivate(ADMIN, user.getId());
        assertTrue(authentication.userOf(first.token()).isEmpty());
        assertTrue(authentication.userOf(second.token()).isEmpty());
        assertInstanceOf(SignInResult.Rejected.class, authentication.signIn(name, "solarpm-pw", "10.1.1.2", "phone"));
        assertTrue(audit.count(AuditLog.USER_DEACTIVATED) >= 1);
    }

    @Test
    void shouldRollBackARefusedCreation() {
        String name = unique("dup");
        createSiteLead(name);
        long before = users.countUsers();
        DomainException e = assertThrows(DomainException.class, () -> createSiteLead(name));
        assertEquals("username", e.fieldErrors().get(0).field());
        assertEquals(before, users.countUsers());
    }

    @Test
    void shouldRecordRoleChangesAndRejectSupervisorCycles() {
        User head = createSiteLead(unique("head"));
        User pm = createSiteLead(unique("pm"));
        long before = audit.count(AuditLog.ROLES_CHANGED);
        users.update(ADMIN, pm.getId(), new UserChanges(null, null, null, "en", null, head.getId(), Set.of(Role.PROJECT_MANAGER), null,
                Set.of("language", "supervisorId", "roles")));
        assertEquals(before + 1, audit.count(AuditLog.ROLES_CHANGED));
        assertThrows(DomainException.class, () ->
                users.update(ADMIN, head.getId(), new UserChanges(null, null, null, null, null, pm.getId(), null, null, Set.of("supervisorId"))));
    }

    @Test
    void shouldThrottleAfterFiveFailures() {
        String name = unique("guess");
        createSiteLead(name);
        for (int i = 0; i < 5; i++) {
            assertInstanceOf(SignInResult.Rejected.class, authentication.signIn(name, "bad" + i, "10.9.9." + i, "it"));
        }
        assertInstanceOf(SignInResult.Throttled.class, authentication.signIn(name, "solarpm-pw", "10.9.9.9", "it"));
    }

    @Test
    void shouldCreateBranches() {
        String code = "B" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        organisation.create(ADMIN, code, "测试分公司", "Test branch");
        assertTrue(organisation.branches().stream().anyMatch(b -> b.getCode().equals(code)));
    }
}
