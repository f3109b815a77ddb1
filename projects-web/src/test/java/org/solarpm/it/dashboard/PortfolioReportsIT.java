package org.solarpm.it.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.solarpm.it.Api;

/**
 * Black-box: reports filed and submitted through the API show up on the portfolio and in the
 * project's progress. No clock is injected into the running app, so the dates are chosen for a
 * deterministic verdict whatever the hour: today's report submitted now is on time, a report for
 * three days ago submitted now is late after grace, and two days ago without a report is missing.
 */
class PortfolioReportsIT {

    @Test
    void shouldShowFiledReportsOnThePortfolioAndInTheProgress() {
        JsonObject project = Dashboards.constructionProject("EAST", 90);
        long id = project.getJsonNumber("id").longValue();
        Api admin = Api.as("admin");
        Api.Response member = admin.post("/api/v1/projects/" + id + "/members",
                Json.createObjectBuilder().add("userId", Dashboards.userId("site")).add("role", "SITE_LEAD").build().toString());
        assertThat(member.status()).as(member.body()).isEqualTo(201);
        Map<String, Long> items = Api.as("pm").get("/api/v1/projects/" + id + "/progress").json().getJsonArray("workItems").stream()
                .map(v -> v.asJsonObject())
                .collect(Collectors.toMap(o -> o.getString("code"), o -> o.getJsonNumber("workItemId").longValue()));
        LocalDate today = Dashboards.today();

        file(id, today.minusDays(3), items, 200, 118, 0, 0);
        file(id, today, items, 1000, 590, 1, 1);

        Api exec = Api.as("exec");
        JsonObject now = exec.get("/api/v1/dashboard/portfolio?date=" + today).json();
        JsonObject line = Dashboards.line(now, id).orElseThrow();
        assertThat(line.getString("reportStatus")).isEqualTo("ON_TIME");
        assertThat(line.getJsonNumber("installedTodayKwp").doubleValue()).isCloseTo(590.0, within(1e-6));
        assertThat(line.getJsonNumber("cumulativeKwp").doubleValue()).isCloseTo(708.0, within(1e-6));
        assertThat(line.getJsonNumber("designKwp").doubleValue()).isCloseTo(2000.0, within(1e-6));
        assertThat(line.getInt("manpower")).isEqualTo(30);
        assertThat(line.getInt("openDelays")).isEqualTo(1);
        assertThat(line.getInt("incidents7d")).isEqualTo(1);
        assertThat(line.getJsonArray("attention").getValuesAs(jakarta.json.JsonString::getString)).contains("INCIDENT");
        assertThat(line.getJsonNumber("percentComplete").doubleValue()).isPositive();

        JsonObject late = Dashboards.line(exec.get("/api/v1/dashboard/portfolio?date=" + today.minusDays(3)).json(), id).orElseThrow();
        assertThat(late.getString("reportStatus")).isEqualTo("LATE_AFTER_GRACE");
        assertThat(late.getJsonNumber("installedTodayKwp").doubleValue()).isCloseTo(118.0, within(1e-6));
        assertThat(late.getJsonNumber("cumulativeKwp").doubleValue()).isCloseTo(118.0, within(1e-6));

        JsonObject missingDay = exec.get("/api/v1/dashboard/portfolio?date=" + today.minusDays(2)).json();
        JsonObject missing = Dashboards.line(missingDay, id).orElseThrow();
        assertThat(missing.getString("reportStatus")).isEqualTo("MISSING");
        assertThat(missing.getJsonNumber("cumulativeKwp").doubleValue()).isCloseTo(118.0, within(1e-6));
        assertThat(missing.getJsonArray("attention").getValuesAs(jakarta.json.JsonString::getString)).contains("MISSING_REPORT");
        List<String> statuses = missingDay.getJsonArray("projects").stream().map(v -> v.asJsonObject().getString("reportStatus")).toList();
        assertThat(statuses.indexOf("MISSING")).isZero();
        assertThat(statuses.subList(statuses.lastIndexOf("MISSING") + 1, statuses.size())).doesNotContain("MISSING");

        JsonObject progress = Api.as("pm").get("/api/v1/projects/" + id + "/progress").json();
        JsonObject kwp = progress.getJsonArray("workItems").stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("code").equals("MODULE_KWP")).findFirst().orElseThrow();
        assertThat(kwp.getJsonNumber("cumulativeQuantity").doubleValue()).isCloseTo(708.0, within(1e-6));
        JsonObject last = progress.getJsonArray("series").stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("date").equals(today.toString())).findFirst().orElseThrow();
        assertThat(last.getJsonNumber("actualKwp").doubleValue()).isCloseTo(708.0, within(1e-6));
    }

    private static void file(long projectId, LocalDate day, Map<String, Long> items, int modules, int kwp, int incidents, int delays) {
        Api site = Api.as("site");
        JsonArrayBuilder incidentList = Json.createArrayBuilder();
        for (int i = 0; i < incidents; i++) {
            incidentList.add(Json.createObjectBuilder().add("severity", "MINOR").add("description", "手部划伤，已处理"));
        }
        JsonArrayBuilder delayList = Json.createArrayBuilder();
        for (int i = 0; i < delays; i++) {
            delayList.add(Json.createObjectBuilder().add("cause", "WEATHER").add("hoursLost", 2).add("description", "上午阵雨"));
        }
        String body = Json.createObjectBuilder()
                .add("weather", Json.createObjectBuilder().add("condition", "SUNNY").add("minTempC", 8).add("maxTempC", 19)
                        .add("windLevel", 3).add("workableHours", 9).add("weatherDelay", delays > 0))
                .add("manpower", Json.createArrayBuilder().add(Json.createObjectBuilder().add("trade", "INSTALLER")
                        .add("company", "华东安装队").add("headcount", 30).add("hours", 270)))
                .add("quantities", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("workItemId", items.get("MODULE_PCS")).add("quantity", modules))
                        .add(Json.createObjectBuilder().add("workItemId", items.get("MODULE_KWP")).add("quantity", kwp)))
                .add("safety", Json.createObjectBuilder().add("toolboxTalk", true).add("nearMisses", 0).add("incidents", incidentList))
                .add("delays", delayList)
                .build().toString();
        String path = "/api/v1/projects/" + projectId + "/daily-reports/" + day;
        Api.Response put = site.put(path, body);
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        Api.Response submit = site.post(path + "/submit", Json.createObjectBuilder().add("version", put.json().getInt("version")).build().toString());
        assertThat(submit.status()).as(submit.body()).isEqualTo(200);
    }
}
