package org.solarpm.it.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.solarpm.it.Api;

/** Helpers of the dashboard tests: projects under construction in a branch, the day in the company zone. */
final class Dashboards {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Dashboards() {
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    static long userId(String username) {
        return Api.as(username).get("/api/v1/me").json().getJsonNumber("id").longValue();
    }

    static long branch(String code) {
        return Api.as("admin").get("/api/v1/branches").array().stream().map(v -> v.asJsonObject())
                .filter(b -> b.getString("code").equals(code)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** A C&I rooftop project of 2 MWp managed by pm whose planned start lies {@code daysAgo} days back, moved to construction. */
    static JsonObject constructionProject(String branchCode, int daysAgo) {
        Api admin = Api.as("admin");
        String code = "DASH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String body = Json.createObjectBuilder()
                .add("templateCode", "ci-rooftop").add("code", code).add("name", "看板测试 " + code).add("customer", "测试业主")
                .add("site", Json.createObjectBuilder().add("address", "江苏省南京市").add("latitude", 32.06).add("longitude", 118.79))
                .add("capacityKwp", Json.createValue(new java.math.BigDecimal("2000")))
                .add("plannedStart", today().minusDays(daysAgo).toString())
                .add("contractValue", "7000000.00").add("branchId", branch(branchCode)).add("managerId", userId("pm"))
                .build().toString();
        Api.Response created = admin.post("/api/v1/projects", body);
        if (created.status() != 201) {
            throw new AssertionError("create failed: " + created);
        }
        long id = created.json().getJsonNumber("id").longValue();
        Api.Response stage = admin.post("/api/v1/projects/" + id + "/stage", Json.createObjectBuilder().add("to", "CONSTRUCTION")
                .add("override", true).add("overrideReason", "看板测试").build().toString());
        if (stage.status() != 200) {
            throw new AssertionError("stage change failed: " + stage);
        }
        return created.json();
    }

    static Optional<JsonObject> line(JsonObject portfolio, long projectId) {
        return portfolio.getJsonArray("projects").stream().map(v -> v.asJsonObject())
                .filter(p -> p.getJsonNumber("projectId").longValue() == projectId).findFirst();
    }
}
