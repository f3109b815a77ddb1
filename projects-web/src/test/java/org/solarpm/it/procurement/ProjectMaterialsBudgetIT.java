package org.solarpm.it.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.solarpm.it.procurement.ProcurementApiIT.assertProblem;
import static org.solarpm.it.procurement.PurchaseOrders.create;
import static org.solarpm.it.procurement.PurchaseOrders.id;
import static org.solarpm.it.procurement.PurchaseOrders.line;
import static org.solarpm.it.procurement.PurchaseOrders.ok;
import static org.solarpm.it.procurement.PurchaseOrders.order;
import static org.solarpm.it.procurement.PurchaseOrders.version;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.solarpm.it.Api;

/** Black-box: a project's material plan vs ordered vs received, and its budget vs committed with variance. */
class ProjectMaterialsBudgetIT {

    private static JsonObject planLine(JsonObject materials, String category) {
        return materials.getJsonArray("items").stream().map(v -> v.asJsonObject()).filter(o -> o.getString("category").equals(category))
                .findFirst().orElseThrow(() -> new AssertionError("no plan line " + category + " in " + materials));
    }

    private static JsonObject category(JsonObject budget, String name) {
        return budget.getJsonArray("categories").stream().map(v -> v.asJsonObject()).filter(o -> o.getString("category").equals(name))
                .findFirst().orElseThrow();
    }

    private static BigDecimal amount(JsonObject line, String field) {
        return new BigDecimal(line.getJsonObject(field).getString("amount"));
    }

    @Test
    void shouldShowThePlanAgainstOrderedAndReceivedAndTheBudgetAgainstCommitted() {
        long project = PurchaseOrders.project("1000");
        long module = PurchaseOrders.module();
        Api pm = Api.as("pm");
        Api buyer = Api.as("buyer");
        String path = "/api/v1/projects/" + project;

        JsonObject before = pm.get(path + "/materials").json();
        JsonObject modules = planLine(before, "MODULE");
        BigDecimal planned = new BigDecimal(modules.getJsonObject("planned").getString("value"));
        assertThat(planned).isGreaterThan(new BigDecimal("1000"));
        assertThat(modules.getJsonObject("ordered").getString("value")).isEqualTo("0");
        assertThat(modules.getJsonArray("warnings").getString(0)).isEqualTo("NOT_FULLY_ORDERED");
        JsonObject budgetBefore = pm.get(path + "/budget").json();
        assertThat(budgetBefore.getBoolean("fromPlan")).isTrue();
        BigDecimal moduleBudget = amount(category(budgetBefore, "MODULES"), "budget");
        assertThat(moduleBudget).isPositive();
        assertThat(amount(category(budgetBefore, "MODULES"), "committed")).isZero();

        // a submitted order commits nothing yet; approved, it does
        JsonObject draft = create(buyer, project, order("组件", line(module, "1000", "pcs", "406")));
        JsonObject submitted = ok(buyer, draft, "submit", version(draft));
        assertThat(planLine(pm.get(path + "/materials").json(), "MODULE").getJsonObject("ordered").getString("value")).isEqualTo("0");
        JsonObject approved = ok(pm, submitted, "approve", version(submitted));
        JsonObject ordered = ok(buyer, approved, "order", version(approved));
        long lineId = id(ordered.getJsonArray("lines").getJsonObject(0));
        ok(Api.as("site"), ordered, "receive", "{\"version\":" + ordered.getInt("version") + ",\"lines\":[{\"lineId\":" + lineId
                + ",\"quantity\":250}]}");

        JsonObject after = planLine(pm.get(path + "/materials").json(), "MODULE");
        assertThat(after.getJsonObject("ordered").getString("value")).isEqualTo("1000");
        assertThat(after.getJsonObject("received").getString("value")).isEqualTo("250");
        assertThat(new BigDecimal(after.getJsonObject("toOrder").getString("value"))).isEqualByComparingTo(planned.subtract(new BigDecimal("1000")));

        // the site lead files a report with more consumed than received: the plan line warns
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        Api.Response report = Api.as("site").put(path + "/daily-reports/" + today, "{\"materialsConsumed\":[{\"materialPlanLineId\":"
                + modules.getJsonNumber("planLineId").longValue() + ",\"quantity\":300}]}");
        assertThat(report.status()).as(report.body()).isIn(200, 201);
        Api.Response filed = Api.as("site").post(path + "/daily-reports/" + today + "/submit",
                "{\"version\":" + report.json().getInt("version") + "}");
        assertThat(filed.status()).as(filed.body()).isEqualTo(200);
        JsonObject consumed = planLine(pm.get(path + "/materials").json(), "MODULE");
        assertThat(consumed.getJsonObject("consumed").getString("value")).isEqualTo("300");
        assertThat(consumed.getJsonObject("onSite").getString("value")).isEqualTo("-50");
        assertThat(consumed.getJsonArray("warnings").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString))
                .contains("CONSUMED_MORE_THAN_RECEIVED");

        JsonObject budget = pm.get(path + "/budget").json();
        JsonObject mod = category(budget, "MODULES");
        assertThat(amount(mod, "committed")).isEqualByComparingTo("458780.00");
        assertThat(amount(mod, "received")).isEqualByComparingTo("114695.00");
        assertThat(amount(mod, "variance")).isEqualByComparingTo(moduleBudget.subtract(new BigDecimal("458780.00")));
        assertThat(amount(budget.getJsonObject("total"), "committed")).isEqualByComparingTo("458780.00");

        // the PM sets a tighter module budget: variance goes negative, over budget
        Api.Response set = pm.put(path + "/budget", "{\"version\":0,\"amounts\":{\"MODULES\":\"400000\",\"LABOUR\":\"120000\"}}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        JsonObject tight = set.json();
        assertThat(tight.getBoolean("fromPlan")).isFalse();
        assertThat(amount(category(tight, "MODULES"), "variance")).isEqualByComparingTo("-58780.00");
        assertThat(category(tight, "MODULES").getBoolean("overBudget")).isTrue();
        assertThat(amount(category(tight, "LABOUR"), "budget")).isEqualByComparingTo("120000");
        assertThat(amount(category(tight, "INVERTERS"), "budget")).isEqualByComparingTo(amount(category(budgetBefore, "INVERTERS"), "budget"));

        assertProblem(pm.put(path + "/budget", "{\"version\":0,\"amounts\":{\"MODULES\":\"1\"}}"), 409);
        assertProblem(pm.put(path + "/budget", "{\"version\":" + tight.getInt("version") + ",\"amounts\":{\"MODULES\":\"-1\"}}"), 400);
        assertProblem(pm.put(path + "/budget", "{\"version\":" + tight.getInt("version") + ",\"amounts\":{\"BANANAS\":\"1\"}}"), 400);
        assertProblem(buyer.put(path + "/budget", "{\"version\":" + tight.getInt("version") + ",\"amounts\":{\"MODULES\":\"1\"}}"), 403);
        assertThat(amount(category(pm.get(path + "/budget").json(), "MODULES"), "budget")).isEqualByComparingTo("400000");
    }

    @Test
    void shouldHideMaterialsAndBudgetOfProjectsTheCallerDoesNotSee() {
        long project = PurchaseOrders.project("500");
        Api.as("pm").delete("/api/v1/projects/" + project + "/members/" + PurchaseOrders.userId("site"));
        assertProblem(Api.as("site").get("/api/v1/projects/" + project + "/materials"), 404);
        assertProblem(Api.as("site").get("/api/v1/projects/" + project + "/budget"), 404);
        assertProblem(Api.as("pm").get("/api/v1/projects/999999999/materials"), 404);
    }
}
