package org.solarpm.it.project;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.solarpm.it.Api;

/** Helpers of the project black-box tests: demo ids, a valid creation body, multipart uploads. */
final class Projects {

    private Projects() {
    }

    static long userId(String username) {
        return Api.as(username).get("/api/v1/me").json().getJsonNumber("id").longValue();
    }

    static long eastBranch() {
        return Api.as("admin").get("/api/v1/branches").array().stream().map(v -> v.asJsonObject())
                .filter(b -> b.getString("code").equals("EAST")).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static JsonObjectBuilder body(String template, String code, String capacityKwp) {
        return Json.createObjectBuilder()
                .add("templateCode", template)
                .add("code", code)
                .add("name", "测试项目 " + code)
                .add("customer", "测试业主")
                .add("site", Json.createObjectBuilder().add("address", "江苏省南京市").add("latitude", 32.06).add("longitude", 118.79))
                .add("capacityKwp", Json.createValue(new java.math.BigDecimal(capacityKwp)))
                .add("plannedStart", "2026-03-01")
                .add("plannedCod", "2026-12-31")
                .add("contractValue", "12345678.50")
                .add("branchId", eastBranch())
                .add("managerId", userId("pm"));
    }

    static JsonObject create(Api api, String template, String capacityKwp) {
        Api.Response r = api.post("/api/v1/projects", body(template, uniqueCode("IT"), capacityKwp).build().toString());
        if (r.status() != 201) {
            throw new AssertionError("create failed: " + r);
        }
        return r.json();
    }

    static long total(Api api) {
        return api.get("/api/v1/projects?size=1").json().getJsonNumber("total").longValue();
    }

    static Api.Response upload(Api api, long projectId, String fileName, byte[] content) {
        String boundary = "----solarpm" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.sendBytes("POST", "/api/v1/projects/" + projectId + "/documents", out.toByteArray(),
                "multipart/form-data; boundary=" + boundary);
    }
}
