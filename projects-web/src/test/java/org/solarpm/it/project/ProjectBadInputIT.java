package org.solarpm.it.project;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.solarpm.it.Api;

/** Black-box: every bad input of the projects API gets a clear 4xx problem and changes nothing. */
class ProjectBadInputIT {

    private static JsonObject assertProblem(Api.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("<html");
        return r.json();
    }

    private static void assertRefused(Api pm, String json, int status, String field, String messagePart) {
        long before = Projects.total(pm);
        JsonObject problem = assertProblem(pm.header("Accept-Language", "en").post("/api/v1/projects", json), status);
        if (field != null) {
            assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo(field);
        }
        assertThat(problem.toString()).contains(messagePart);
        assertThat(Projects.total(pm)).isEqualTo(before);
    }

    @Test
    void shouldRefuseAnUnknownTemplate() {
        Api pm = Api.as("pm");
        assertRefused(pm, Projects.body("floating-pv", Projects.uniqueCode("BAD"), "1000").build().toString(), 400, "templateCode",
                "no project template");
    }

    @Test
    void shouldRefuseADuplicateCode() {
        Api pm = Api.as("pm");
        String code = Projects.create(pm, "residential-cluster", "500").getString("code");
        assertRefused(pm, Projects.body("ci-rooftop", code, "1000").build().toString(), 409, "code", "already exists");
    }

    @Test
    void shouldRefuseANegativeCapacity() {
        Api pm = Api.as("pm");
        assertRefused(pm, Projects.body("ci-rooftop", Projects.uniqueCode("NEG"), "-5").build().toString(), 400, "capacityKwp",
                "greater than 0");
    }

    @Test
    void shouldRefuseAStartAfterCod() {
        Api pm = Api.as("pm");
        String json = Projects.body("ci-rooftop", Projects.uniqueCode("DATE"), "1000").add("plannedStart", "2027-01-01")
                .add("plannedCod", "2026-06-30").build().toString();
        assertRefused(pm, json, 400, "plannedCod", "planned COD");
    }

    @Test
    void shouldRefuseMissingFieldsAndGarbage() {
        Api pm = Api.as("pm");
        assertRefused(pm, "{}", 400, null, "required");
        assertRefused(pm, "{\"templateCode\":", 400, null, "not valid JSON");
        assertProblem(pm.get("/api/v1/projects?stage=NOPE"), 400);
        assertProblem(pm.get("/api/v1/projects/999999999"), 404);
    }

    @Test
    void shouldRefuseAFileThatIsTooLarge() {
        Api pm = Api.as("pm");
        long id = Projects.create(pm, "ci-rooftop", "800").getJsonNumber("id").longValue();
        JsonObject problem = assertProblem(Projects.upload(pm.header("Accept-Language", "en"), id, "huge.pdf", new byte[2 * 1024 * 1024]), 413);
        assertThat(problem.getString("detail")).contains("too large");
        assertThat(pm.get("/api/v1/projects/" + id + "/documents").array()).isEmpty();
    }

    @Test
    void shouldRefuseForbiddenTypes() {
        Api pm = Api.as("pm");
        long id = Projects.create(pm, "ci-rooftop", "800").getJsonNumber("id").longValue();
        for (String name : new String[] {"virus.exe", "run.sh", "page.html", "noextension"}) {
            assertProblem(Projects.upload(pm, id, name, "MZ...".getBytes(StandardCharsets.UTF_8)), 415);
        }
        assertThat(pm.get("/api/v1/projects/" + id + "/documents").array()).isEmpty();
    }

    @Test
    void shouldRefusePathsAsFileNames() {
        Api pm = Api.as("pm");
        long id = Projects.create(pm, "ci-rooftop", "800").getJsonNumber("id").longValue();
        for (String name : new String[] {"../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/passwd.txt", "../x.pdf"}) {
            Api.Response r = Projects.upload(pm.header("Accept-Language", "en"), id, name, "root:x:0:0".getBytes(StandardCharsets.UTF_8));
            // refused as a name with a path (400), or, where the multipart parser already cut the path off, by its type (415)
            assertThat(r.status()).as(name + " " + r.body()).isIn(400, 415);
            assertProblem(r, r.status());
        }
        assertThat(pm.get("/api/v1/projects/" + id + "/documents").array()).isEmpty();
    }
}
