package org.solarpm.it.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.solarpm.it.Api;

/** {@code PATCH /users/{id}} changes only what the body names (JSON merge-patch), and bad input changes nothing. */
class UserPatchIT {

    private final Api admin = Api.as("admin");

    @Test
    void shouldChangeOnlyTheFieldsTheRequestNames() {
        JsonObject created = createUserWithProfile();
        long id = created.getJsonNumber("id").longValue();

        JsonObject renamed = admin.patch("/api/v1/users/" + id, "{\"displayName\":\"王五（新）\"}").json();
        assertThat(renamed.getString("displayName")).isEqualTo("王五（新）");
        assertThat(renamed.getString("phone")).isEqualTo("13800000000");
        assertThat(renamed.getString("email")).isEqualTo("wangwu@example.com");
        assertThat(renamed.getJsonObject("branch").getString("code")).isEqualTo(created.getJsonObject("branch").getString("code"));
        assertThat(renamed.getJsonArray("roles").getString(0)).isEqualTo("SITE_LEAD");

        JsonObject cleared = admin.patch("/api/v1/users/" + id, "{\"phone\":null}").json();
        assertThat(cleared.getString("phone", null)).isNull();
        assertThat(cleared.getString("email")).isEqualTo("wangwu@example.com");
        assertThat(cleared.getString("displayName")).isEqualTo("王五（新）");
    }

    @Test
    void shouldRefuseInvalidFieldsAndChangeNothing() {
        JsonObject created = createUserWithProfile();
        long id = created.getJsonNumber("id").longValue();

        Api.Response badEmail = admin.header("Accept-Language", "en").patch("/api/v1/users/" + id,
                "{\"displayName\":\"不应保存\",\"email\":\"not-an-email\"}");
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.header("Content-Type")).startsWith("application/problem+json");
        assertThat(badEmail.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("email");

        Api.Response noName = admin.patch("/api/v1/users/" + id, "{\"displayName\":null}");
        assertThat(noName.status()).isEqualTo(400);
        Api.Response wrongType = admin.patch("/api/v1/users/" + id, "{\"branchId\":\"east\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        Api.Response notJson = admin.send("PATCH", "/api/v1/users/" + id, "{displayName:", "application/json");
        assertThat(notJson.status()).isEqualTo(400);

        JsonObject after = admin.get("/api/v1/users/" + id).json();
        assertThat(after.getString("displayName")).isEqualTo("王五");
        assertThat(after.getString("email")).isEqualTo("wangwu@example.com");
    }

    private JsonObject createUserWithProfile() {
        long branchId = admin.get("/api/v1/branches").array().getJsonObject(0).getJsonNumber("id").longValue();
        String body = Json.createObjectBuilder().add("username", "patch" + SessionApiIT.shortId()).add("displayName", "王五")
                .add("password", "solarpm-pw").add("language", "zh-CN").add("phone", "13800000000").add("email", "wangwu@example.com")
                .add("branchId", branchId).add("roles", Json.createArrayBuilder().add("SITE_LEAD")).build().toString();
        Api.Response r = admin.post("/api/v1/users", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }
}
