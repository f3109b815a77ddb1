package org.solarpm.it.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.solarpm.it.Api;

/** Black-box: bad input always gets a localised problem+json 4xx and changes nothing. */
class BadInputIT {

    private static void assertProblem(Api.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().getInt("status")).isEqualTo(status);
        assertThat(r.json().getString("type")).startsWith("urn:solarpm:problem:");
        assertThat(r.json().getString("title")).isNotBlank();
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("<html");
    }

    @Test
    void shouldRejectMalformedJson() {
        Api.Response r = Api.anonymous().header("Accept-Language", "en").post("/api/v1/session", "{\"username\": \"pm\",");
        assertProblem(r, 400);
        assertThat(r.json().getString("detail")).isEqualTo("The request body is not valid JSON");
    }

    @Test
    void shouldListMissingFieldsInTheRequestLanguage() {
        Api.Response zh = Api.anonymous().post("/api/v1/session", "{\"username\":\"pm\"}");
        assertProblem(zh, 400);
        assertThat(zh.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("password");
        assertThat(zh.json().getJsonArray("errors").getJsonObject(0).getString("message")).contains("必填");

        Api.Response en = Api.anonymous().header("Accept-Language", "en-US,en;q=0.9").post("/api/v1/session", "{}");
        assertProblem(en, 400);
        assertThat(en.json().getJsonArray("errors")).hasSize(2);
        assertThat(en.body()).contains("is required");
    }

    @Test
    void shouldRejectAnEmptyBody() {
        assertProblem(Api.anonymous().post("/api/v1/session", ""), 400);
    }

    @Test
    void shouldAnswerUnknownPathsWithProblemJson() {
        assertProblem(Api.anonymous().get("/api/v1/no-such-thing"), 404);
        assertProblem(Api.as("pm").get("/api/v1/users/999999999"), 403);
        assertProblem(Api.as("admin").get("/api/v1/users/999999999"), 404);
        assertProblem(Api.anonymous().get("/definitely/not/here"), 404);
    }

    @Test
    void shouldRejectOversizedBodies() {
        String huge = "{\"username\":\"" + "a".repeat(2 * 1024 * 1024) + "\",\"password\":\"x\"}";
        assertProblem(Api.anonymous().post("/api/v1/session", huge), 413);
    }

    @Test
    void shouldRejectNonJsonContent() {
        Api.Response r = Api.anonymous().send("POST", "/api/v1/session", "username=pm&password=solarpm", "application/x-www-form-urlencoded");
        assertProblem(r, 415);
        assertProblem(Api.anonymous().send("POST", "/api/v1/session", "pm solarpm", "text/plain"), 415);
    }

    @Test
    void shouldTreatSqlAndScriptAsAnOrdinaryWrongUserName() {
        for (String evil : new String[] {"' OR '1'='1' -- ", "admin'; DROP TABLE app_user; --", "<script>alert(1)</script>"}) {
            Api.Response r = Api.anonymous().post("/api/v1/session",
                    Json.createObjectBuilder().add("username", evil).add("password", "x' OR 1=1 --").build().toString());
            assertProblem(r, 401);
        }
        assertThat(Api.as("admin").get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void shouldRefuseScriptTextAsANewUserNameAndCreateNothing() {
        Api admin = Api.as("admin");
        long before = admin.get("/api/v1/users").json().getJsonNumber("total").longValue();
        Api.Response r = admin.post("/api/v1/users", SessionApiIT.newUserJson("<script>alert(1)</script>"));
        assertProblem(r, 400);
        assertThat(r.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("username");
        Api.Response sql = admin.post("/api/v1/users", SessionApiIT.newUserJson("x'; DROP TABLE app_user;--"));
        assertProblem(sql, 400);
        assertThat(admin.get("/api/v1/users").json().getJsonNumber("total").longValue()).isEqualTo(before);
    }

    @Test
    void shouldRejectADuplicateUserNameAndAWeakPassword() {
        Api admin = Api.as("admin");
        assertProblem(admin.post("/api/v1/users", SessionApiIT.newUserJson("pm")), 400);
        String weak = Json.createObjectBuilder().add("username", "weak-" + SessionApiIT.shortId()).add("displayName", "x")
                .add("password", "123").build().toString();
        Api.Response r = admin.post("/api/v1/users", weak);
        assertProblem(r, 400);
        assertThat(r.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("password");
    }

    @Test
    void shouldRequireSignInForTheApi() {
        assertProblem(Api.anonymous().get("/api/v1/me"), 401);
        assertProblem(Api.anonymous().header("Authorization", "Bearer forged-token").get("/api/v1/users"), 401);
    }

    @Test
    void shouldServeOperationalEndpoints() {
        assertThat(Api.anonymous().get("/health/ready").body()).contains("solarpm-database").contains("UP");
        assertThat(Api.anonymous().get("/health/live").status()).isEqualTo(200);
        assertThat(Api.anonymous().get("/openapi").body()).contains("/api/v1/session");
        assertThat(Api.anonymous().get("/metrics").status()).isEqualTo(200);
    }
}
