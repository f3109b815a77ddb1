package org.solarpm.it.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.solarpm.it.Api;

/** Black-box: signing in and out, /me, throttling and token revocation over real HTTP. */
class SessionApiIT {

    private static String login(String username, String password) {
        return Json.createObjectBuilder().add("username", username).add("password", password).build().toString();
    }

    @Test
    void shouldSignInWithCookieAndTokenAndShowMe() {
        Api.Response r = Api.anonymous().post("/api/v1/session", login("pm", "solarpm"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().getString("token")).hasSizeGreaterThan(30);
        assertThat(r.json().getJsonObject("user").getString("displayName")).isEqualTo("张伟");
        assertThat(r.json().getJsonArray("roles").getString(0)).isEqualTo("PROJECT_MANAGER");
        assertThat(r.json().getJsonObject("user").containsKey("passwordHash")).isFalse();
        String cookie = r.header("Set-Cookie");
        assertThat(cookie).contains("SOLARPM_SESSION=").contains("HttpOnly").containsIgnoringCase("SameSite=Strict");

        Api.Response me = Api.anonymous().header("Cookie", cookie.split(";")[0]).get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().getString("username")).isEqualTo("pm");
        assertThat(me.json().getJsonObject("branch").getString("code")).isEqualTo("EAST");
    }

    @Test
    void shouldAnswerWrongPasswordAndUnknownUserWithTheSameProblem() {
        Api.Response wrongPassword = Api.anonymous().post("/api/v1/session", login("exec", "nope-nope"));
        Api.Response unknownUser = Api.anonymous().post("/api/v1/session", login("nobody-" + UUID.randomUUID(), "nope-nope"));
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(wrongPassword.header("Content-Type")).startsWith("application/problem+json");
        assertThat(wrongPassword.json().getString("detail")).isEqualTo(unknownUser.json().getString("detail")).isEqualTo("用户名或密码错误");
    }

    @Test
    void shouldThrottleAnAccountAfterRepeatedFailures() {
        String victim = createUser("throttled");
        for (int i = 0; i < 5; i++) {
            assertThat(Api.anonymous().post("/api/v1/session", login(victim, "wrong-" + i)).status()).isEqualTo(401);
        }
        Api.Response blocked = Api.anonymous().header("Accept-Language", "en").post("/api/v1/session", login(victim, "solarpm-pw"));
        assertThat(blocked.status()).isEqualTo(429);
        assertThat(Integer.parseInt(blocked.header("Retry-After"))).isBetween(1, 900);
        assertThat(blocked.json().getString("detail")).startsWith("Too many failed sign-ins");

        Api.Response audit = Api.as("admin").get("/api/v1/audit-log?action=LOCKOUT");
        assertThat(audit.body()).contains(victim);
    }

    @Test
    void shouldRevokeTokensAtOnceWhenAUserIsDeactivated() {
        String leaver = createUser("leaver");
        Api session = Api.as(leaver, "solarpm-pw");
        assertThat(session.get("/api/v1/me").status()).isEqualTo(200);

        long id = Api.as("admin").get("/api/v1/users?q=" + leaver).json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(Api.as("admin").post("/api/v1/users/" + id + "/deactivate", null).status()).isEqualTo(200);

        Api.Response after = session.get("/api/v1/me");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Api.anonymous().post("/api/v1/session", login(leaver, "solarpm-pw")).status()).isEqualTo(401);
        assertThat(Api.as("admin").get("/api/v1/audit-log?action=USER_DEACTIVATED").body()).contains(leaver);
    }

    @Test
    void shouldEndTheSessionOnLogout() {
        Api session = Api.as("buyer");
        assertThat(session.delete("/api/v1/session").status()).isEqualTo(204);
        assertThat(session.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void shouldRefuseAdministrationToNonAdmins() {
        Api.Response r = Api.as("pm").post("/api/v1/users", newUserJson("sneaky-" + shortId()));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().getString("type")).endsWith("forbidden");
    }

    @Test
    void shouldRecordLoginsInTheAuditLog() {
        Api.as("site");
        Api.Response audit = Api.as("admin").get("/api/v1/audit-log?action=LOGIN&size=100");
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.body()).contains("\"actorName\":\"site\"").contains("127.0.0.1");
    }

    static String createUser(String prefix) {
        String username = prefix + "-" + shortId();
        Api.Response r = Api.as("admin").post("/api/v1/users", newUserJson(username));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return username;
    }

    static String newUserJson(String username) {
        return Json.createObjectBuilder().add("username", username).add("displayName", "测试用户")
                .add("password", "solarpm-pw").add("language", "zh-CN")
                .add("roles", Json.createArrayBuilder().add("SITE_LEAD")).build().toString();
    }

    static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
