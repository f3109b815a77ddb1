package org.solarpm.identity;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.solarpm.shared.CompanyClock;

/**
 * Resolves the bearer token of every API request with one indexed SQL statement (token, user and
 * roles together), outside any transaction and without building entities: this runs before each
 * request, so it must cost one round trip. Tokens are still looked up every time, so a sign-out or
 * a deactivated user is refused at once on every app instance.
 */
@ApplicationScoped
public class SessionTokens {

    /** The user a valid token belongs to, as far as a request needs it. */
    public record SignedIn(long id, String username, String displayName, Set<Role> roles, Long branchId) {

        public Actor actor(Locale locale, String clientIp) {
            return new Actor(id, username, displayName, roles, branchId, locale, clientIp);
        }
    }

    private static final String SQL = "SELECT u.id, u.username, u.display_name, u.branch_id, t.expires_at,"
            + " (SELECT GROUP_CONCAT(r.role) FROM user_role r WHERE r.user_id = u.id)"
            + " FROM auth_token t JOIN app_user u ON u.id = t.user_id WHERE t.token_hash = ? AND u.active = TRUE";

    @Resource(lookup = "java:app/jdbc/solarpm")
    DataSource dataSource;

    @Inject
    CompanyClock clock;

    /** The active user behind a token, or empty if the token is unknown, expired or revoked. */
    public Optional<SignedIn> resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SQL)) {
            ps.setString(1, AuthenticationService.sha256(token));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Instant expires = rs.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                if (!clock.now().isBefore(expires)) {
                    return Optional.empty();
                }
                long branch = rs.getLong(4);
                Long branchId = rs.wasNull() ? null : branch;
                return Optional.of(new SignedIn(rs.getLong(1), rs.getString(2), rs.getString(3), roles(rs.getString(6)), branchId));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("token lookup failed", e);
        }
    }

    static Set<Role> roles(String list) {
        if (list == null || list.isEmpty()) {
            return Set.of();
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : list.split(",")) {
            roles.add(Role.valueOf(r));
        }
        return roles;
    }
}
