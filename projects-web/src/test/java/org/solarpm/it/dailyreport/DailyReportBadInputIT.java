package org.solarpm.it.dailyreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.solarpm.it.Api;

/** Black-box: every refused report gets a localised problem+json 4xx and changes nothing. */
class DailyReportBadInputIT {

    private static long project;
    private static long otherProject;
    private static long piles;
    private static long kwp;
    private static final Api SITE = Api.as("site");

    @BeforeAll
    static void projects() {
        project = DailyReports.project();
        otherProject = DailyReports.project();
        piles = DailyReports.workItemId(SITE, project, "PILE");
        kwp = DailyReports.workItemId(SITE, project, "MODULE_KWP");
    }

    private static JsonObject problem(Api.Response r, int status) {
        assertEquals(status, r.status(), r.toString());
        assertEquals("application/problem+json", r.header("Content-Type").split(";")[0], r.toString());
        return r.json();
    }

    private static void assertNoReport(LocalDate day) {
        assertEquals(404, SITE.get(DailyReports.path(project, day)).status(), "nothing was stored for " + day);
    }

    @Test
    void shouldRefuseADateInTheFutureInShanghai() {
        LocalDate tomorrow = DailyReports.today().plusDays(1);
        JsonObject p = problem(SITE.header("Accept-Language", "en").put(DailyReports.path(project, tomorrow),
                DailyReports.body(piles, 1, kwp, BigDecimal.ONE).build().toString()), 422);
        assertTrue(p.getString("detail").contains("future"), p.toString());
        JsonObject zh = problem(SITE.put(DailyReports.path(project, tomorrow), "{}"), 422);
        assertTrue(zh.getString("detail").contains("未来"), zh.toString());
        assertNoReport(tomorrow);
    }

    @Test
    void shouldAnswer404ForAProjectTheCallerIsNotAMemberOf() {
        LocalDate day = DailyReports.today().minusDays(1);
        Api buyerless = Api.as("buyer");
        problem(buyerless.put(DailyReports.path(project, day), DailyReports.body(piles, 1, kwp, BigDecimal.ONE).build().toString()), 404);
        problem(buyerless.get(DailyReports.path(project, day)), 404);
        problem(buyerless.get("/api/v1/projects/" + project + "/work-items"), 404);
        problem(SITE.put(DailyReports.path(999_999_999L, day), "{}"), 404);
        assertNoReport(day);
    }

    @Test
    void shouldRefuseNegativeQuantitiesAndNameTheField() {
        LocalDate day = DailyReports.today().minusDays(2);
        JsonObject p = problem(SITE.header("Accept-Language", "en").put(DailyReports.path(project, day),
                DailyReports.body(piles, -5, kwp, BigDecimal.ONE).build().toString()), 400);
        assertEquals("quantities[0].quantity", p.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(p.getJsonArray("errors").getJsonObject(0).getString("message").contains("negative"), p.toString());
        JsonObject crew = problem(SITE.put(DailyReports.path(project, day), "{\"manpower\":[{\"trade\":\"INSTALLER\",\"headcount\":-3}]}"), 400);
        assertEquals("manpower[0].headcount", crew.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertNoReport(day);
    }

    @Test
    void shouldRefuseAQuantityBeyondTheDesignQuantityWithoutANoteNamingTheWorkItem() {
        LocalDate day = DailyReports.today().minusDays(3);
        JsonObject p = problem(SITE.header("Accept-Language", "en").put(DailyReports.path(project, day),
                DailyReports.body(piles, 4601, kwp, BigDecimal.ONE).build().toString()), 422);
        assertTrue(p.getString("detail").contains("PILE"), p.toString());
        assertTrue(p.getString("detail").contains("4600"), p.toString());
        assertEquals("PILE", p.getJsonArray("details").getString(0));
        assertNoReport(day);
        String withNote = DailyReports.body(piles, 4601, kwp, BigDecimal.ONE).build().toString()
                .replace("\"quantity\":4601", "\"quantity\":4601,\"note\":\"设计变更：增加一排桩\"");
        assertEquals(200, SITE.put(DailyReports.path(project, day), withNote).status(), "a note explains it");
    }

    @Test
    void shouldRefuseUnknownWorkItemsAndThoseOfAnotherProject() {
        LocalDate day = DailyReports.today().minusDays(4);
        long foreign = DailyReports.workItemId(SITE, otherProject, "PILE");
        JsonObject p = problem(SITE.put(DailyReports.path(project, day), DailyReports.body(foreign, 1, kwp, BigDecimal.ONE).build().toString()), 400);
        assertEquals("quantities[0].workItemId", p.getJsonArray("errors").getJsonObject(0).getString("field"));
        JsonObject unknown = problem(SITE.put(DailyReports.path(project, day),
                DailyReports.body(987_654_321L, 1, kwp, BigDecimal.ONE).build().toString()), 400);
        assertEquals("quantities[0].workItemId", unknown.getJsonArray("errors").getJsonObject(0).getString("field"));
        problem(SITE.put(DailyReports.path(project, day), "{\"materialsConsumed\":[{\"materialPlanLineId\":987654321,\"quantity\":1}]}"), 400);
        assertNoReport(day);
    }

    @Test
    void shouldRefuseUnknownEnumValuesNamingFieldAndAllowedValues() {
        LocalDate day = DailyReports.today().minusDays(5);
        JsonObject p = problem(SITE.header("Accept-Language", "en").put(DailyReports.path(project, day),
                "{\"weather\":{\"condition\":\"TORNADO\"}}"), 400);
        assertEquals("weather.condition", p.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(p.getJsonArray("errors").getJsonObject(0).getString("message").contains("SANDSTORM"), p.toString());
        problem(SITE.put(DailyReports.path(project, day), "{\"manpower\":[{\"trade\":\"ASTRONAUT\",\"headcount\":1}]}"), 400);
        problem(SITE.put(DailyReports.path(project, day), "{\"delays\":[{\"cause\":\"ALIENS\",\"hoursLost\":1}]}"), 400);
        problem(SITE.put(DailyReports.path(project, day), "{\"safety\":{\"incidents\":[{\"severity\":\"APOCALYPTIC\",\"description\":\"x\"}]}}"), 400);
        problem(SITE.put(DailyReports.path(project, day), "{\"equipment\":[{\"type\":\"SPACESHIP\",\"count\":1}]}"), 400);
        problem(SITE.put(DailyReports.path(project, day), "{\"weather\":"), 400);
        assertEquals("date", problem(SITE.put("/api/v1/projects/" + project + "/daily-reports/2026-13-45", "{}"), 400)
                .getJsonArray("errors").getJsonObject(0).getString("field"));
        assertNoReport(day);
    }

    @Test
    void shouldRefuseAReviewDecisionThatIsNeitherApproveNorReturn() {
        LocalDate day = DailyReports.today().minusDays(6);
        assertEquals(200, SITE.put(DailyReports.path(project, day), Json.createObjectBuilder().add("notes", "x").build().toString()).status());
        SITE.post(DailyReports.path(project, day) + "/submit", "{}");
        JsonObject p = problem(Api.as("pm").post(DailyReports.path(project, day) + "/review", "{\"decision\":\"MAYBE\"}"), 400);
        assertEquals("decision", p.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("SUBMITTED", SITE.get(DailyReports.path(project, day)).json().getString("status"));
    }
}
