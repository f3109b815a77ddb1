package org.solarpm.it.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.solarpm.it.Api;

/** Black-box: who may read the portfolio and the progress of a project, and what bad input gets. */
class DashboardAccessIT {

    @Test
    void shouldRefuseSiteLeadsAndBuyers() {
        for (String user : new String[] {"site", "buyer"}) {
            Api.Response r = Api.as(user).header("Accept-Language", "en").get("/api/v1/dashboard/portfolio");
            assertThat(r.status()).as(user + ": " + r.body()).isEqualTo(403);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(Api.anonymous().get("/api/v1/dashboard/portfolio").status()).isEqualTo(401);
    }

    @Test
    void shouldShowABranchHeadOnlyTheirBranchAndAPmOnlyTheirProjects() {
        JsonObject north = Dashboards.constructionProject("NORTH", 90);
        long northId = north.getJsonNumber("id").longValue();
        long east = Dashboards.branch("EAST");

        JsonObject head = Api.as("branchhead").get("/api/v1/dashboard/portfolio").json();
        assertThat(head.getJsonArray("projects")).isNotEmpty();
        assertThat(head.getJsonArray("projects").stream().map(v -> v.asJsonObject().getJsonObject("branch").getJsonNumber("id").longValue()))
                .containsOnly(east);
        assertThat(Dashboards.line(head, northId)).isEmpty();
        Api.Response otherBranch = Api.as("branchhead").get("/api/v1/dashboard/portfolio?branch=" + Dashboards.branch("NORTH"));
        assertThat(otherBranch.status()).as(otherBranch.body()).isEqualTo(403);

        JsonObject exec = Api.as("exec").get("/api/v1/dashboard/portfolio").json();
        assertThat(Dashboards.line(exec, northId)).isPresent();
        JsonObject execNorth = Api.as("exec").get("/api/v1/dashboard/portfolio?branch=" + Dashboards.branch("NORTH")).json();
        assertThat(Dashboards.line(execNorth, northId)).isPresent();
        assertThat(execNorth.getJsonArray("byBranch")).hasSize(1);

        long pm = Dashboards.userId("pm");
        JsonObject mine = Api.as("pm").get("/api/v1/dashboard/portfolio").json();
        assertThat(mine.getJsonArray("projects").stream().map(v -> v.asJsonObject().getJsonObject("manager").getJsonNumber("id").longValue()))
                .containsOnly(pm);
        assertThat(Dashboards.line(mine, northId)).isPresent();
    }

    @Test
    void shouldAnswerInAFixedNumberOfStatementsWhateverTheNumberOfProjects() {
        Api branchHead = Api.as("branchhead");
        branchHead.get("/api/v1/dashboard/portfolio");
        Api.Response few = branchHead.get("/api/v1/dashboard/portfolio");
        Dashboards.constructionProject("SOUTH", 95);
        Dashboards.constructionProject("SOUTH", 100);
        Api exec = Api.as("exec");
        Api.Response first = exec.get("/api/v1/dashboard/portfolio");
        Api.Response all = exec.get("/api/v1/dashboard/portfolio");
        assertThat(all.json().getJsonArray("projects").size()).isGreaterThan(few.json().getJsonArray("projects").size());
        assertThat(all.header("X-SQL-Statements")).isNotNull().isEqualTo(few.header("X-SQL-Statements"));
        // projects this instance has not shown yet cost one more statement (their planned work items), once
        assertThat(Integer.parseInt(first.header("X-SQL-Statements"))).isEqualTo(Integer.parseInt(few.header("X-SQL-Statements")) + 1);
        assertThat(Integer.parseInt(all.header("X-SQL-Statements"))).isLessThanOrEqualTo(10);
        assertThat(all.header("Server-Timing")).startsWith("portfolio;dur=");
    }

    @Test
    void shouldRejectMalformedAndFutureDatesWithALocalisedProblem() {
        Api.Response zh = Api.as("exec").get("/api/v1/dashboard/portfolio?date=2026-13-45");
        assertThat(zh.status()).isEqualTo(400);
        assertThat(zh.header("Content-Type")).startsWith("application/problem+json");
        assertThat(zh.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("date");
        assertThat(zh.json().getJsonArray("errors").getJsonObject(0).getString("message")).contains("日期");

        Api.Response future = Api.as("exec").header("Accept-Language", "en")
                .get("/api/v1/dashboard/portfolio?date=" + Dashboards.today().plusDays(1));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().getString("detail")).contains("must not be after today");

        assertThat(Api.as("exec").get("/api/v1/dashboard/portfolio?branch=east").status()).isEqualTo(400);
        assertThat(Api.as("exec").get("/api/v1/projects/1/progress?asOf=yesterday").status()).isEqualTo(400);
    }

    @Test
    void shouldHideTheProgressOfProjectsTheCallerMayNotSee() {
        JsonObject north = Dashboards.constructionProject("NORTH", 90);
        long id = north.getJsonNumber("id").longValue();
        assertThat(Api.as("site").get("/api/v1/projects/" + id + "/progress").status()).isEqualTo(404);
        assertThat(Api.as("branchhead").get("/api/v1/projects/" + id + "/progress").status()).isEqualTo(404);
        assertThat(Api.as("exec").get("/api/v1/projects/999999999/progress").status()).isEqualTo(404);
        Api.Response pm = Api.as("pm").get("/api/v1/projects/" + id + "/progress");
        assertThat(pm.status()).as(pm.body()).isEqualTo(200);
        JsonObject progress = pm.json();
        // 90 days after the planned start of a C&I rooftop: piles (days 81-105) and modules (88-112) under way
        assertThat(progress.getJsonNumber("plannedPercent").doubleValue()).isGreaterThan(0);
        assertThat(progress.getJsonNumber("actualPercent").doubleValue()).isZero();
        assertThat(progress.getInt("scheduleVarianceDays")).isNegative();
        assertThat(progress.getJsonArray("workItems")).extracting(v -> v.asJsonObject().getString("code")).contains("PILE", "MODULE_KWP");
        assertThat(progress.getJsonArray("series")).isNotEmpty();
    }
}
