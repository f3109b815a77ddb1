package org.solarpm.it.project;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.solarpm.it.Api;

/** Black-box: the projects API as mobile clients and the web UI use it. */
class ProjectApiIT {

    @Test
    void shouldListTheShippedTemplates() {
        Api.Response r = Api.as("pm").header("Accept-Language", "en").get("/api/v1/project-templates");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.array().stream().map(v -> v.asJsonObject().getString("code")).toList())
                .contains("ci-rooftop", "ground-mounted", "residential-cluster");
        JsonObject detail = Api.as("pm").get("/api/v1/project-templates/ground-mounted").json();
        assertThat(detail.getJsonArray("stages")).hasSize(9);
        assertThat(Api.as("pm").get("/api/v1/project-templates/nope").status()).isEqualTo(404);
    }

    @Test
    void shouldCreateFromTemplateWithBoardAndMoneyAsDecimalStrings() {
        Api pm = Api.as("pm");
        JsonObject p = Projects.create(pm, "ci-rooftop", "5000");
        assertThat(p.getJsonObject("stage").getString("code")).isEqualTo("SURVEY");
        assertThat(p.getJsonObject("contractValue").getString("amount")).isEqualTo("12345678.50");
        assertThat(p.getJsonObject("contractValue").getString("currency")).isEqualTo("CNY");
        assertThat(p.getJsonObject("capacity").getString("unit")).isEqualTo("kWp");
        assertThat(p.getJsonObject("budget").getString("amount")).matches("\\d+\\.\\d{2}");
        assertThat(p.getJsonArray("gateItems")).isNotEmpty();
        assertThat(p.getJsonArray("history")).hasSize(1);
        JsonObject board = pm.get("/api/v1/projects/" + p.getInt("id") + "/board").json();
        assertThat(board.getJsonArray("columns").size()).isGreaterThanOrEqualTo(2);
        int cards = board.getJsonArray("columns").stream().mapToInt(c -> c.asJsonObject().getInt("cardCount")).sum();
        assertThat(cards).isGreaterThan(10);
        assertThat(pm.get("/api/v1/projects?q=" + p.getString("code")).json().getJsonNumber("total").longValue()).isEqualTo(1);
    }

    @Test
    void shouldReturnTheSameProjectForARepeatedIdempotencyKey() {
        Api pm = Api.as("pm").header("Idempotency-Key", "it-" + Projects.uniqueCode("K"));
        String body = Projects.body("residential-cluster", Projects.uniqueCode("IDEM"), "1000").build().toString();
        Api.Response first = pm.post("/api/v1/projects", body);
        Api.Response second = pm.post("/api/v1/projects", body);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(second.status()).as(second.body()).isLessThan(300);
        assertThat(second.json().getInt("id")).isEqualTo(first.json().getInt("id"));
    }

    @Test
    void shouldRefuseStaleVersionsAndChangeNothing() {
        Api pm = Api.as("pm");
        JsonObject p = Projects.create(pm, "ci-rooftop", "2000");
        String path = "/api/v1/projects/" + p.getInt("id");
        Api.Response get = pm.get(path);
        int v = get.json().getInt("version");
        assertThat(get.header("ETag")).isEqualTo("\"" + v + "\"");
        Api.Response ok = pm.patch(path, "{\"version\":" + v + ",\"name\":\"改名后的项目\"}");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().getInt("version")).isEqualTo(v + 1);
        assertThat(pm.patch(path, "{\"version\":" + v + ",\"name\":\"过期修改\"}").status()).isEqualTo(409);
        assertThat(pm.header("If-Match", "\"" + v + "\"").patch(path, "{\"version\":" + (v + 1) + ",\"name\":\"过期修改\"}").status()).isEqualTo(412);
        assertThat(pm.get(path).json().getString("name")).isEqualTo("改名后的项目");
    }

    @Test
    void shouldBlockAStageChangeUntilGateItemsAreTickedOrAnAdminOverrides() {
        Api pm = Api.as("pm");
        JsonObject p = Projects.create(pm, "ground-mounted", "30000");
        String path = "/api/v1/projects/" + p.getInt("id");
        List<JsonObject> surveyGates = p.getJsonArray("gateItems").stream().map(JsonValue::asJsonObject)
                .filter(g -> g.getString("stage").equals("SURVEY")).toList();
        assertThat(surveyGates).isNotEmpty();

        Api.Response blocked = pm.header("Accept-Language", "en").post(path + "/stage", "{\"to\":\"BID\",\"note\":\"go\"}");
        assertThat(blocked.status()).as(blocked.body()).isEqualTo(409);
        assertThat(blocked.json().getJsonArray("details").getValuesAs(jakarta.json.JsonString.class).stream().map(s -> s.getString()).toList())
                .containsExactlyElementsOf(surveyGates.stream().map(g -> g.getString("code")).toList());
        assertThat(pm.get(path).json().getJsonObject("stage").getString("code")).isEqualTo("SURVEY");

        for (JsonObject g : surveyGates) {
            if (!g.getBoolean("documentRequired")) {
                assertThat(pm.post(path + "/gate-items/" + g.getString("code") + "/tick", "{}").status()).isEqualTo(200);
            } else {
                long doc = Projects.upload(pm, p.getInt("id"), "survey.pdf", "%PDF-1.4 survey".getBytes(StandardCharsets.UTF_8))
                        .json().getJsonNumber("id").longValue();
                assertThat(pm.post(path + "/gate-items/" + g.getString("code") + "/tick", "{\"documentId\":" + doc + "}").status()).isEqualTo(200);
            }
        }
        Api.Response moved = pm.post(path + "/stage", "{\"to\":\"BID\",\"note\":\"踏勘完成\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().getJsonObject("stage").getString("code")).isEqualTo("BID");

        assertThat(pm.post(path + "/stage", "{\"to\":\"FILING\",\"override\":true,\"overrideReason\":\"急\"}").status()).isEqualTo(403);
        Api.Response noReason = Api.as("admin").post(path + "/stage", "{\"to\":\"FILING\",\"override\":true}");
        assertThat(noReason.status()).isEqualTo(400);
        Api.Response overridden = Api.as("admin").post(path + "/stage",
                "{\"to\":\"FILING\",\"override\":true,\"overrideReason\":\"合同已签，扫描件稍后补传\"}");
        assertThat(overridden.status()).as(overridden.body()).isEqualTo(200);
        JsonObject last = overridden.json().getJsonArray("history").getJsonObject(2);
        assertThat(last.getString("to")).isEqualTo("FILING");
        assertThat(last.getString("overrideReason")).isEqualTo("合同已签，扫描件稍后补传");
        assertThat(pm.post(path + "/stage", "{\"to\":\"SURVEY\"}").status()).isEqualTo(409);
    }

    @Test
    void shouldRevokeAccessAtOnceWhenAMemberIsRemoved() {
        Api pm = Api.as("pm");
        Api site = Api.as("site");
        JsonObject p = Projects.create(pm, "residential-cluster", "800");
        String path = "/api/v1/projects/" + p.getInt("id");
        assertThat(site.get(path).status()).isEqualTo(404);
        long siteId = Projects.userId("site");
        Api.Response added = pm.post(path + "/members", "{\"userId\":" + siteId + ",\"role\":\"SITE_LEAD\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(site.get(path).status()).isEqualTo(200);
        assertThat(site.get(path + "/board").status()).isEqualTo(200);
        long doc = Projects.upload(site, p.getInt("id"), "现场照片.jpg", new byte[] {(byte) 0xff, (byte) 0xd8, 1, 2, 3})
                .json().getJsonNumber("id").longValue();
        assertThat(site.get("/api/v1/documents/" + doc + "/content").status()).isEqualTo(200);
        assertThat(site.delete(path + "/members/" + siteId).status()).isEqualTo(403);

        assertThat(pm.delete(path + "/members/" + siteId).status()).isEqualTo(204);
        assertThat(site.get(path).status()).isEqualTo(404);
        assertThat(site.get(path + "/board").status()).isEqualTo(404);
        assertThat(site.get(path + "/documents").status()).isEqualTo(404);
        assertThat(site.get("/api/v1/documents/" + doc + "/content").status()).isEqualTo(404);
        assertThat(site.post(path + "/stage", "{\"to\":\"BID\"}").status()).isEqualTo(404);
        assertThat(site.get("/api/v1/projects?q=" + p.getString("code")).json().getJsonNumber("total").longValue()).isZero();
        assertThat(Api.as("branchhead").get(path).status()).isEqualTo(200);
        assertThat(Api.as("exec").get(path).status()).isEqualTo(200);
    }

    @Test
    void shouldStoreDocumentsWithTheirHashAndServeThemToMembersOnly() throws Exception {
        Api pm = Api.as("pm");
        JsonObject p = Projects.create(pm, "ci-rooftop", "1500");
        byte[] pdf = "%PDF-1.4 备案证 filing certificate".getBytes(StandardCharsets.UTF_8);
        Api.Response up = Projects.upload(pm, p.getInt("id"), "备案证.pdf", pdf);
        assertThat(up.status()).as(up.body()).isEqualTo(201);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(up.json().getString("sha256")).isEqualTo(sha);
        assertThat(up.json().getString("fileName")).isEqualTo("备案证.pdf");
        long id = up.json().getJsonNumber("id").longValue();
        Api.Response down = pm.get("/api/v1/documents/" + id + "/content");
        assertThat(down.status()).isEqualTo(200);
        assertThat(down.bytes()).isEqualTo(pdf);
        assertThat(down.header("Content-Type")).startsWith("application/pdf");
        assertThat(pm.get("/api/v1/projects/" + p.getInt("id") + "/documents").array()).hasSize(1);
        assertThat(Api.as("buyer").get("/api/v1/documents/" + id + "/content").status()).isEqualTo(404);
    }

    @Test
    void shouldFindFinishedSimilarProjectsWithCostPerWp() {
        Api pm = Api.as("pm");
        JsonObject p = Projects.create(pm, "ground-mounted", "100000");
        Api.Response r = pm.get("/api/v1/projects/" + p.getInt("id") + "/similar");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.array()).isNotEmpty();
        JsonObject first = r.array().getJsonObject(0);
        assertThat(first.getString("stage")).isIn("OM", "CLOSED");
        assertThat(first.getJsonObject("contractValuePerWp").getString("amount")).matches("\\d+\\.\\d{3}");
    }
}
