package org.solarpm.it.dailyreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.solarpm.it.Api;

/** Black-box: filing, idempotent PUT, workflow with return and resubmission, edits after approval, copy-previous, lists. */
class DailyReportApiIT {

    private final Api site = Api.as("site");
    private final Api pm = Api.as("pm");

    @Test
    void shouldKeepOneReportAndOneVersionWhenTheSamePutArrivesTwice() {
        long project = DailyReports.project();
        long piles = DailyReports.workItemId(site, project, "PILE");
        long kwp = DailyReports.workItemId(site, project, "MODULE_KWP");
        LocalDate day = DailyReports.today().minusDays(1);
        String body = DailyReports.body(piles, 420, kwp, new BigDecimal("120.5")).build().toString();
        Api.Response first = site.put(DailyReports.path(project, day), body);
        assertEquals(200, first.status(), first.toString());
        JsonObject r = first.json();
        assertEquals("DRAFT", r.getString("status"));
        assertEquals("\"" + r.getInt("version") + "\"", first.header("ETag"));
        Api.Response second = site.put(DailyReports.path(project, day), body);
        assertEquals(200, second.status(), second.toString());
        assertEquals(r.getInt("version"), second.json().getInt("version"), "no version bump for the same content");
        assertEquals(r.getJsonNumber("id").longValue(), second.json().getJsonNumber("id").longValue());
        // a retry that carries the version the first attempt was sent with is harmless too
        String retried = DailyReports.body(piles, 420, kwp, new BigDecimal("120.500")).add("version", 0).build().toString();
        assertEquals(200, site.put(DailyReports.path(project, day), retried).status());
        JsonObject list = site.get("/api/v1/projects/" + project + "/daily-reports?from=" + day.minusDays(5) + "&to=" + day).json();
        assertEquals(1, list.getInt("total"));
        JsonObject q = r.getJsonArray("quantities").getJsonObject(0);
        assertEquals("PILE", q.getString("code"));
        assertEquals(4600, q.getJsonNumber("designQuantity").intValue());
        assertEquals(420, q.getJsonNumber("quantity").intValue());
        assertEquals("INSTALLER", r.getJsonArray("manpower").getJsonObject(0).getString("trade"));
        assertTrue(r.isNull("timeliness"));
        assertTrue(r.isNull("review"));
        assertEquals("刘强", r.getJsonObject("author").getString("name"));
    }

    @Test
    void shouldRefuseAStaleVersionWith409AndAStaleIfMatchWith412ChangingNothing() {
        long project = DailyReports.project();
        long piles = DailyReports.workItemId(site, project, "PILE");
        long kwp = DailyReports.workItemId(site, project, "MODULE_KWP");
        LocalDate day = DailyReports.today().minusDays(2);
        JsonObject v1 = site.put(DailyReports.path(project, day), DailyReports.body(piles, 100, kwp, BigDecimal.TEN).build().toString()).json();
        int version = v1.getInt("version");
        JsonObject v2 = site.put(DailyReports.path(project, day),
                DailyReports.body(piles, 200, kwp, BigDecimal.TEN).add("version", version).build().toString()).json();
        assertEquals(version + 1, v2.getInt("version"));
        Api.Response stale = site.put(DailyReports.path(project, day),
                DailyReports.body(piles, 300, kwp, BigDecimal.TEN).add("version", version).build().toString());
        assertEquals(409, stale.status(), stale.toString());
        assertEquals("application/problem+json", stale.header("Content-Type").split(";")[0]);
        Api.Response ifMatch = site.header("If-Match", "\"" + version + "\"").put(DailyReports.path(project, day),
                DailyReports.body(piles, 300, kwp, BigDecimal.TEN).build().toString());
        assertEquals(412, ifMatch.status(), ifMatch.toString());
        JsonObject now = site.get(DailyReports.path(project, day)).json();
        assertEquals(200, now.getJsonArray("quantities").getJsonObject(0).getJsonNumber("quantity").intValue());
        assertEquals(version + 1, now.getInt("version"));
        Api.Response staleSubmit = site.post(DailyReports.path(project, day) + "/submit", "{\"version\":" + version + "}");
        assertEquals(409, staleSubmit.status());
        assertEquals("DRAFT", site.get(DailyReports.path(project, day)).json().getString("status"));
    }

    @Test
    void shouldSendAReturnedReportBackToItsAuthorWhoCorrectsAndResubmitsIt() {
        long project = DailyReports.project();
        long piles = DailyReports.workItemId(site, project, "PILE");
        long kwp = DailyReports.workItemId(site, project, "MODULE_KWP");
        LocalDate day = DailyReports.today();
        String path = DailyReports.path(project, day);
        JsonObject draft = site.put(path, DailyReports.body(piles, 400, kwp, new BigDecimal("80")).build().toString()).json();
        JsonObject submitted = site.post(path + "/submit", "{\"version\":" + draft.getInt("version") + "}").json();
        assertEquals("SUBMITTED", submitted.getString("status"));
        assertEquals("ON_TIME", submitted.getString("timeliness"), "filed today, before 24:00 Shanghai");
        assertNotNull(submitted.getString("submittedAt"));
        assertTrue(queue(pm).contains(project + "@" + day), "in the PM's review queue");
        assertTrue(!queue(site).contains(project + "@" + day), "not in the site lead's queue");

        Api.Response siteReview = site.post(path + "/review", "{\"decision\":\"APPROVE\"}");
        assertEquals(403, siteReview.status(), "a site lead does not review");
        Api.Response noComment = pm.post(path + "/review", "{\"decision\":\"RETURN\",\"comment\":\" \"}");
        assertEquals(400, noComment.status(), noComment.toString());
        assertEquals("comment", noComment.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        JsonObject returned = pm.post(path + "/review", "{\"decision\":\"RETURN\",\"comment\":\"打桩数量与监理记录不符，请核对后重报\"}").json();
        assertEquals("RETURNED", returned.getString("status"));

        JsonObject seen = site.get(path).json();
        assertEquals("RETURNED", seen.getString("status"));
        assertEquals("打桩数量与监理记录不符，请核对后重报", seen.getJsonObject("review").getString("comment"));
        assertEquals("张伟", seen.getJsonObject("review").getJsonObject("by").getString("name"));
        JsonObject corrected = site.put(path, DailyReports.body(piles, 380, kwp, new BigDecimal("80"))
                .add("version", seen.getInt("version")).build().toString()).json();
        assertEquals("RETURNED", corrected.getString("status"));
        JsonObject resubmitted = site.post(path + "/submit", "{\"version\":" + corrected.getInt("version") + "}").json();
        assertEquals("SUBMITTED", resubmitted.getString("status"));
        assertEquals(submitted.getString("submittedAt"), resubmitted.getString("submittedAt"), "first submission time kept");
        JsonObject approved = pm.post(path + "/review", "{\"decision\":\"APPROVE\",\"version\":" + resubmitted.getInt("version") + "}").json();
        assertEquals("APPROVED", approved.getString("status"));
        assertEquals(2, approved.getJsonArray("revisions").size());
        assertEquals("RETURNED", approved.getJsonArray("revisions").getJsonObject(0).getString("status"));
        assertEquals("APPROVED", approved.getJsonArray("revisions").getJsonObject(1).getString("status"));
        assertTrue(!queue(pm).contains(project + "@" + day));
        JsonObject pile = DailyReports.workItem(site, project, "PILE");
        assertEquals(380, pile.getJsonNumber("cumulativeQuantity").intValue(), "the corrected quantity counts, once");
    }

    @Test
    void shouldOpenANewRevisionWhenAnApprovedReportIsEditedAndUpdateTheCumulative() {
        long project = DailyReports.project();
        long piles = DailyReports.workItemId(site, project, "PILE");
        long kwp = DailyReports.workItemId(site, project, "MODULE_KWP");
        LocalDate d1 = DailyReports.today().minusDays(3);
        LocalDate d2 = DailyReports.today().minusDays(2);
        for (LocalDate d : new LocalDate[] {d1, d2}) {
            site.put(DailyReports.path(project, d), DailyReports.body(piles, 100, kwp, new BigDecimal("50")).build().toString());
            site.post(DailyReports.path(project, d) + "/submit", "{}");
            assertEquals(200, pm.post(DailyReports.path(project, d) + "/review", "{\"decision\":\"APPROVE\"}").status());
        }
        JsonObject second = site.get(DailyReports.path(project, d2)).json();
        JsonObject q = second.getJsonArray("quantities").getJsonObject(0);
        assertEquals(100, q.getJsonNumber("cumulativeBefore").intValue());
        JsonObject edited = site.put(DailyReports.path(project, d1), DailyReports.body(piles, 150, kwp, new BigDecimal("50"))
                .add("version", site.get(DailyReports.path(project, d1)).json().getInt("version")).build().toString()).json();
        assertEquals(2, edited.getInt("revision"));
        assertEquals("SUBMITTED", edited.getString("status"));
        assertEquals(250, DailyReports.workItem(site, project, "PILE").getJsonNumber("cumulativeQuantity").intValue());
        assertEquals(150, site.get(DailyReports.path(project, d2)).json().getJsonArray("quantities").getJsonObject(0)
                .getJsonNumber("cumulativeBefore").intValue());
        JsonObject list = site.get("/api/v1/projects/" + project + "/daily-reports?from=" + d1 + "&to=" + d2).json();
        assertEquals(2, list.getInt("total"));
        JsonObject newest = list.getJsonArray("items").getJsonObject(0);
        assertEquals(d2.toString(), newest.getString("date"));
        assertEquals("APPROVED", newest.getString("status"));
        assertEquals(50, newest.getJsonNumber("installedKwp").intValue());
        assertEquals(34, newest.getInt("headcount"));
        assertEquals(2, newest.getJsonNumber("delayHours").intValue());
    }

    @Test
    void shouldCopyYesterdaysCrewsAndMachinesWithNothingCounted() {
        long project = DailyReports.project();
        long piles = DailyReports.workItemId(site, project, "PILE");
        long kwp = DailyReports.workItemId(site, project, "MODULE_KWP");
        LocalDate yesterday = DailyReports.today().minusDays(1);
        site.put(DailyReports.path(project, yesterday), DailyReports.body(piles, 100, kwp, BigDecimal.ONE).build().toString());
        Api.Response copy = site.post(DailyReports.path(project, DailyReports.today()) + "/copy-previous", "");
        assertEquals(200, copy.status(), copy.toString());
        JsonObject r = copy.json();
        assertEquals(2, r.getJsonArray("manpower").size());
        assertEquals("华东安装队", r.getJsonArray("manpower").getJsonObject(0).getString("company"));
        assertEquals(0, r.getJsonArray("manpower").getJsonObject(0).getInt("headcount"));
        assertEquals(0, r.getJsonArray("equipment").getJsonObject(0).getInt("count"));
        assertEquals(0, r.getJsonArray("quantities").size());
        site.put(DailyReports.path(project, DailyReports.today()), DailyReports.body(piles, 10, kwp, BigDecimal.ONE).build().toString());
        Api.Response again = site.post(DailyReports.path(project, DailyReports.today()) + "/copy-previous", "");
        assertEquals(409, again.status(), "the day already has content");
        Api.Response nothing = site.post(DailyReports.path(project, DailyReports.today().minusDays(30)) + "/copy-previous", "");
        assertEquals(404, nothing.status());
    }

    @Test
    void shouldLetExecutivesReadButNotFileAndAnswer404ForADayWithoutAReport() {
        long project = DailyReports.project();
        LocalDate day = DailyReports.today().minusDays(1);
        Api exec = Api.as("exec");
        assertEquals(404, exec.get(DailyReports.path(project, day)).status());
        Api.Response put = exec.put(DailyReports.path(project, day), "{}");
        assertEquals(403, put.status(), put.toString());
        assertEquals(200, site.put(DailyReports.path(project, day), "{\"notes\":\"只有备注\"}").status());
        assertEquals("只有备注", exec.get(DailyReports.path(project, day)).json().getString("notes"));
        assertEquals(200, exec.get("/api/v1/projects/" + project + "/work-items").status());
        assertEquals(200, site.post(DailyReports.path(project, day) + "/submit", "{}").status());
        assertTrue(queue(exec).contains(project + "@" + day), "executives see every submitted report");
        assertEquals(403, exec.post(DailyReports.path(project, day) + "/review", "{\"decision\":\"APPROVE\"}").status(),
                "executives read, the project's PM reviews");
    }

    private static java.util.List<String> queue(Api api) {
        JsonObject q = api.get("/api/v1/daily-reports/review-queue?size=100").json();
        return q.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .map(i -> i.getJsonNumber("projectId").longValue() + "@" + i.getString("date")).toList();
    }
}
