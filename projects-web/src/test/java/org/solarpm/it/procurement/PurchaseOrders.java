package org.solarpm.it.procurement;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.UUID;
import org.solarpm.it.Api;

/** Helpers of the purchase order black-box tests: a fresh project with a buyer, materials, order bodies. */
public final class PurchaseOrders {

    private PurchaseOrders() {
    }

    static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    static long userId(String username) {
        return Api.as(username).get("/api/v1/me").json().getJsonNumber("id").longValue();
    }

    static long eastBranch() {
        return Api.as("admin").get("/api/v1/branches").array().stream().map(v -> v.asJsonObject())
                .filter(b -> b.getString("code").equals("EAST")).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** A new ci-rooftop project of {@code capacityKwp} managed by pm, with buyer as BUYER and site as SITE_LEAD. */
    static long project(String capacityKwp) {
        Api pm = Api.as("pm");
        String code = "PO-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String body = Json.createObjectBuilder().add("templateCode", "ci-rooftop").add("code", code).add("name", "采购测试 " + code)
                .add("customer", "测试业主").add("site", Json.createObjectBuilder().add("address", "江苏省苏州市"))
                .add("capacityKwp", Json.createValue(new BigDecimal(capacityKwp))).add("plannedStart", "2026-03-01")
                .add("branchId", eastBranch()).add("managerId", userId("pm")).build().toString();
        Api.Response r = pm.post("/api/v1/projects", body);
        if (r.status() != 201) {
            throw new AssertionError("project: " + r);
        }
        long projectId = id(r.json());
        member(pm, projectId, "buyer", "BUYER");
        member(pm, projectId, "site", "SITE_LEAD");
        return projectId;
    }

    static void member(Api pm, long projectId, String username, String role) {
        Api.Response r = pm.post("/api/v1/projects/" + projectId + "/members", "{\"userId\":" + userId(username) + ",\"role\":\"" + role + "\"}");
        if (r.status() != 201) {
            throw new AssertionError("member: " + r);
        }
    }

    /** A new 580 Wp module of its own (so approvals here do not move the demo materials' history); its checks fall back to the spec class. */
    static long module() {
        String code = "IT-PO-MOD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Api.Response r = Api.as("buyer").post("/api/v1/materials", Json.createObjectBuilder().add("code", code)
                .add("nameZh", "测试组件 580Wp").add("nameEn", "Test module 580 Wp").add("category", "MODULE").add("unit", "pcs")
                .add("moduleWp", 580).build().toString());
        if (r.status() != 201) {
            throw new AssertionError("material: " + r);
        }
        return id(r.json());
    }

    static JsonObjectBuilder line(long materialId, String quantity, String unit, String unitPrice) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("materialId", materialId)
                .add("quantity", Json.createValue(new BigDecimal(quantity))).add("unitPrice", Json.createValue(new BigDecimal(unitPrice)))
                .add("taxRate", Json.createValue(new BigDecimal("0.13"))).add("deliveryDate", "2026-06-30");
        if (unit != null) {
            b.add("unit", unit);
        }
        return b;
    }

    static String order(String title, JsonObjectBuilder... lines) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (JsonObjectBuilder l : lines) {
            a.add(l);
        }
        return Json.createObjectBuilder().add("title", title).add("lines", a).build().toString();
    }

    static JsonObject create(Api api, long projectId, String body) {
        Api.Response r = api.post("/api/v1/projects/" + projectId + "/purchase-orders", body);
        if (r.status() != 201) {
            throw new AssertionError("create: " + r);
        }
        return r.json();
    }

    static String version(JsonObject order) {
        return "{\"version\":" + order.getInt("version") + "}";
    }

    static String decision(JsonObject order, String field, String text) {
        return Json.createObjectBuilder().add("version", order.getInt("version")).add(field, text).build().toString();
    }

    static Api.Response step(Api api, JsonObject order, String step, String body) {
        return api.post("/api/v1/purchase-orders/" + id(order) + "/" + step, body);
    }

    /** Performs a step that must succeed and returns the new state. */
    static JsonObject ok(Api api, JsonObject order, String step, String body) {
        Api.Response r = step(api, order, step, body);
        if (r.status() != 200) {
            throw new AssertionError(step + ": " + r);
        }
        return r.json();
    }
}
