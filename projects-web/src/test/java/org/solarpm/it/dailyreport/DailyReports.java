package org.solarpm.it.dailyreport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.solarpm.it.Api;

/** Helpers of the daily-report black-box tests: a fresh project with pm and site, report bodies, uploads. */
final class DailyReports {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private DailyReports() {
    }

    static LocalDate today() {
        return LocalDate.now(SHANGHAI);
    }

    static long userId(String username) {
        return Api.as(username).get("/api/v1/me").json().getJsonNumber("id").longValue();
    }

    /** A new 5 MWp ground-mounted project managed by pm with site as site lead (buyer is not a member). */
    static long project() {
        Api pm = Api.as("pm");
        long branch = Api.as("admin").get("/api/v1/branches").array().stream().map(v -> v.asJsonObject())
                .filter(b -> b.getString("code").equals("EAST")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        String code = "DR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        JsonObject body = Json.createObjectBuilder().add("templateCode", "ground-mounted").add("code", code).add("name", "日报测试 " + code)
                .add("customer", "测试业主").add("site", Json.createObjectBuilder().add("address", "宁夏中卫").add("latitude", 37.5).add("longitude", 105.2))
                .add("capacityKwp", 5000).add("plannedStart", today().minusDays(190).toString()).add("branchId", branch)
                .add("managerId", userId("pm")).build();
        Api.Response r = pm.post("/api/v1/projects", body.toString());
        if (r.status() != 201) {
            throw new AssertionError("create failed: " + r);
        }
        long id = r.json().getJsonNumber("id").longValue();
        Api.Response m = pm.post("/api/v1/projects/" + id + "/members",
                Json.createObjectBuilder().add("userId", userId("site")).add("role", "SITE_LEAD").build().toString());
        if (m.status() != 201) {
            throw new AssertionError("member failed: " + m);
        }
        return id;
    }

    static JsonObject workItem(Api api, long projectId, String code) {
        return api.get("/api/v1/projects/" + projectId + "/work-items").json().getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(w -> w.getString("code").equals(code)).findFirst().orElseThrow();
    }

    static long workItemId(Api api, long projectId, String code) {
        return workItem(api, projectId, code).getJsonNumber("id").longValue();
    }

    /** A typical day: weather, two crews, a pile driver, piles and modules in kWp, a delay. */
    static JsonObjectBuilder body(long piles, long pileCount, long kwpItem, BigDecimal kwp) {
        return Json.createObjectBuilder()
                .add("weather", Json.createObjectBuilder().add("condition", "SUNNY").add("minTempC", 8).add("maxTempC", 19)
                        .add("windLevel", 3).add("workableHours", 9.5).add("weatherDelay", false))
                .add("manpower", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("trade", "INSTALLER").add("company", "华东安装队").add("headcount", 24).add("hours", 216))
                        .add(Json.createObjectBuilder().add("trade", "PILING").add("company", "桩基队").add("headcount", 10).add("hours", 90)))
                .add("equipment", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("type", "PILE_DRIVER").add("count", 2).add("operatingHours", 14).add("idleHours", 2)))
                .add("quantities", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("workItemId", piles).add("quantity", pileCount))
                        .add(Json.createObjectBuilder().add("workItemId", kwpItem).add("quantity", kwp)))
                .add("safety", Json.createObjectBuilder().add("toolboxTalk", true).add("nearMisses", 0).add("incidents", Json.createArrayBuilder()))
                .add("delays", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("cause", "WEATHER").add("hoursLost", 2).add("description", "午后阵雨")))
                .add("issuesForPm", "组件到货批次需确认").add("tomorrowPlan", "继续打桩").add("notes", "无");
    }

    static String path(long projectId, LocalDate day) {
        return "/api/v1/projects/" + projectId + "/daily-reports/" + day;
    }

    static Api.Response upload(Api api, long projectId, LocalDate day, String fileName, byte[] content) {
        String boundary = "----solarpm" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.sendBytes("POST", path(projectId, day) + "/photos", out.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }
}
