package org.solarpm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.solarpm.shared.DomainException;

class UserTest {

    private static User user(long id, String name) throws Exception {
        User u = new User(name, name, "hash", Instant.EPOCH);
        Field f = User.class.getDeclaredField("id");
        f.setAccessible(true);
        f.set(u, id);
        return u;
    }

    @Test
    void shouldRejectASupervisorLineThatWouldLoop() throws Exception {
        User head = user(1, "head");
        User pm = user(2, "pm");
        User site = user(3, "site");
        pm.assignTo(null, head);
        site.assignTo(null, pm);
        assertThatThrownBy(() -> head.assignTo(null, site))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).fieldErrors().get(0).field()).isEqualTo("supervisorId");
        assertThat(site.reportsTo(head)).isTrue();
        assertThat(head.reportsTo(site)).isFalse();
    }

    @Test
    void shouldReportWhetherRolesChanged() throws Exception {
        User u = user(1, "u");
        assertThat(u.grant(EnumSet.of(Role.BUYER))).isTrue();
        assertThat(u.grant(Set.of(Role.BUYER))).isFalse();
        assertThat(u.getRoles()).containsExactly(Role.BUYER);
    }

    @Test
    void deactivatedUserTokensAreNoLongerValid() throws Exception {
        User u = user(1, "u");
        AuthToken token = new AuthToken("h", u, Instant.EPOCH, Instant.EPOCH.plusSeconds(3600), "127.0.0.1", "ua");
        assertThat(token.isValidAt(Instant.EPOCH.plusSeconds(60))).isTrue();
        assertThat(token.isValidAt(Instant.EPOCH.plusSeconds(3600))).isFalse();
        u.deactivate();
        assertThat(token.isValidAt(Instant.EPOCH.plusSeconds(60))).isFalse();
    }
}
