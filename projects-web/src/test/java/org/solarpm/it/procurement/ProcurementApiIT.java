package org.solarpm.it.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.solarpm.it.Api;

/** Black-box: catalogue, price history and price checks against the demo company's two years of prices. */
class ProcurementApiIT {

    private static final String MATERIALS = "/api/v1/materials";

    static void assertProblem(Api.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("<html");
    }

    static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static long materialId(Api api, String code) {
        var items = api.get(MATERIALS + "?size=500").json().getJsonArray("items");
        return items.stream().map(v -> v.asJsonObject()).filter(o -> o.getString("code").equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no material " + code)).getJsonNumber("id").longValue();
    }

    static String check(long materialId, String price, String unit, String currency) {
        var b = Json.createObjectBuilder().add("materialId", materialId).add("unitPrice", Json.createValue(new java.math.BigDecimal(price)));
        if (unit != null) {
            b.add("unit", unit);
        }
        if (currency != null) {
            b.add("currency", currency);
        }
        return b.build().toString();
    }

    @Test
    void shouldListTheCatalogueInPagesForEveryone() {
        Api site = Api.as("site");
        JsonObject page = site.get(MATERIALS + "?size=5").json();
        assertThat(page.getJsonArray("items")).hasSize(5);
        assertThat(page.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(13);
        JsonObject modules = site.header("Accept-Language", "en").get(MATERIALS + "?category=MODULE").json();
        assertThat(modules.getJsonArray("items").stream().filter(v -> v.asJsonObject().getString("code").startsWith("MOD-"))).allSatisfy(v -> {
            assertThat(v.asJsonObject().getString("priceUnit")).isEqualTo("W");
            assertThat(v.asJsonObject().getString("name")).isEqualTo(v.asJsonObject().getString("nameEn")).doesNotContain("组件");
        }).isNotEmpty();
        assertThat(site.get("/api/v1/suppliers").json().getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(8);
        assertProblem(site.get(MATERIALS + "?category=BANANA"), 400);
        assertProblem(site.get(MATERIALS + "?size=0"), 400);
    }

    @Test
    void shouldLetBuyersAddMaterialsAndSuppliersButNotSiteLeads() {
        Api buyer = Api.as("buyer");
        String code = "IT-MOD-" + shortId();
        String module = Json.createObjectBuilder().add("code", code).add("nameZh", "测试组件 585W").add("category", "MODULE")
                .add("unit", "pcs").add("moduleWp", 585).build().toString();
        assertProblem(Api.as("site").post(MATERIALS, module), 403);
        Api.Response created = buyer.post(MATERIALS, module);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().getString("specClass")).isEqualTo("MODULE:575");
        assertThat(created.json().getString("priceUnit")).isEqualTo("W");
        assertProblem(buyer.post(MATERIALS, module), 400);

        String noWp = Json.createObjectBuilder().add("code", "IT-NOWP-" + shortId()).add("nameZh", "组件").add("category", "MODULE")
                .add("unit", "pcs").build().toString();
        Api.Response missing = buyer.header("Accept-Language", "en").post(MATERIALS, noWp);
        assertProblem(missing, 400);
        assertThat(missing.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("moduleWp");
        String negative = Json.createObjectBuilder().add("code", "IT-NEG-" + shortId()).add("nameZh", "组件").add("category", "MODULE")
                .add("unit", "pcs").add("moduleWp", -580).build().toString();
        assertProblem(buyer.post(MATERIALS, negative), 400);

        String supplier = Json.createObjectBuilder().add("code", "IT-SUP-" + shortId()).add("name", "测试供应商")
                .add("contactName", "赵经理").add("contactPhone", "13900001111").build().toString();
        assertThat(buyer.post("/api/v1/suppliers", supplier).status()).isEqualTo(201);
        assertProblem(buyer.post("/api/v1/suppliers", supplier), 400);
        assertProblem(Api.as("pm").post("/api/v1/suppliers", supplier), 403);
    }

    @Test
    void shouldServeThePriceHistoryOfAMaterialOldestFirst() {
        Api pm = Api.as("pm");
        long id = materialId(pm, "MOD-580-TOPCON");
        JsonObject history = pm.get(MATERIALS + "/" + id + "/price-history").json();
        var items = history.getJsonArray("items");
        assertThat(items.size()).isGreaterThan(100);
        LocalDate first = LocalDate.parse(items.getJsonObject(0).getString("date"));
        LocalDate last = LocalDate.parse(items.getJsonObject(items.size() - 1).getString("date"));
        assertThat(first).isBefore(last);
        assertThat(items.getJsonObject(items.size() - 1).getJsonNumber("normalisedPrice").doubleValue()).isBetween(0.6, 0.8);
        assertThat(items.getJsonObject(0).getJsonNumber("normalisedPrice").doubleValue()).isBetween(0.9, 1.1);
        assertThat(items.getJsonObject(0).getString("unit")).isEqualTo("pcs");

        long supplierId = items.getJsonObject(0).getJsonNumber("supplierId").longValue();
        var ofSupplier = pm.get(MATERIALS + "/" + id + "/price-history?supplierId=" + supplierId + "&from=" + last.minusDays(90) + "&to=" + last)
                .json().getJsonArray("items");
        assertThat(ofSupplier).isNotEmpty().allSatisfy(v ->
                assertThat(v.asJsonObject().getJsonNumber("supplierId").longValue()).isEqualTo(supplierId));
        assertThat(ofSupplier.size()).isLessThan(items.size());

        assertProblem(pm.get(MATERIALS + "/999999999/price-history"), 404);
        assertProblem(pm.get(MATERIALS + "/" + id + "/price-history?from=yesterday"), 400);
        assertProblem(pm.get(MATERIALS + "/" + id + "/price-history?from=2025-09-01&to=2025-01-01"), 400);
    }

    @Test
    void shouldCheckPricesAgainstTheFallingModileMarketAndExplainWhy() {
        Api pm = Api.as("pm");
        long id = materialId(pm, "MOD-580-TOPCON");
        JsonObject fair = pm.header("Accept-Language", "en").post("/api/v1/price-checks", check(id, "0.70", "W", "CNY")).json();
        assertThat(fair.getString("verdict")).as(fair.toString()).isEqualTo("NORMAL");
        assertThat(fair.getInt("sampleSize")).isGreaterThan(20);
        assertThat(fair.getInt("windowDays")).isEqualTo(180);
        assertThat(fair.getString("basis")).isEqualTo("MATERIAL");
        assertThat(fair.getJsonNumber("trendPctPerMonth").doubleValue()).isNegative();

        // +30 % per piece: 580 Wp x 0.70 CNY/W x 1.3
        JsonObject high = pm.header("Accept-Language", "en").post("/api/v1/price-checks", check(id, "527.80", null, null)).json();
        assertThat(high.getString("verdict")).as(high.toString()).isEqualTo("HIGH");
        assertThat(high.getJsonNumber("normalisedPrice").doubleValue()).isEqualTo(0.91);
        assertThat(high.getJsonNumber("deviationPct").doubleValue()).isGreaterThan(20);
        assertThat(high.getString("explanation")).startsWith("High: +").contains("CNY/W").contains("purchases");

        JsonObject zh = pm.post("/api/v1/price-checks", check(id, "0.91", "W", null)).json();
        assertThat(zh.getString("explanation")).startsWith("偏高：").contains("元/W").contains("笔采购");
        JsonObject low = pm.post("/api/v1/price-checks", check(id, "0.50", "W", null)).json();
        assertThat(low.getString("verdict")).isEqualTo("LOW");
    }

    @Test
    void shouldFallBackToTheSpecClassOrSayThereIsNoHistory() {
        Api buyer = Api.as("buyer");
        String module = Json.createObjectBuilder().add("code", "IT-585-" + shortId()).add("nameZh", "新组件 585W").add("category", "MODULE")
                .add("unit", "pcs").add("moduleWp", 585).build().toString();
        long id = buyer.post(MATERIALS, module).json().getJsonNumber("id").longValue();
        JsonObject peer = buyer.header("Accept-Language", "en").post("/api/v1/price-checks", check(id, "0.70", "W", null)).json();
        assertThat(peer.getString("basis")).as(peer.toString()).isEqualTo("SPEC_CLASS");
        assertThat(peer.getString("verdict")).isEqualTo("NORMAL");
        assertThat(peer.getString("explanation")).endsWith("compared with materials of the same category and spec");

        long logger = materialId(buyer, "MON-DATALOGGER");
        JsonObject none = buyer.header("Accept-Language", "en").post("/api/v1/price-checks", check(logger, "5000", null, null)).json();
        assertThat(none.getString("verdict")).isEqualTo("NO_HISTORY");
        assertThat(!none.containsKey("median") || none.isNull("median")).as("no median without history").isTrue();
        assertThat(none.getString("explanation")).contains("at least 3");
    }

    @Test
    void shouldRefuseBadPriceChecksWithFieldErrors() {
        Api pm = Api.as("pm").header("Accept-Language", "en");
        long id = materialId(pm, "MOD-580-TOPCON");
        assertField(pm.post("/api/v1/price-checks", check(id, "-0.70", "W", null)), "unitPrice");
        assertField(pm.post("/api/v1/price-checks", check(id, "0", "W", null)), "unitPrice");
        assertField(pm.post("/api/v1/price-checks", check(999999999, "0.70", "W", null)), "materialId");
        Api.Response usd = pm.post("/api/v1/price-checks", check(id, "0.10", "W", "USD"));
        assertField(usd, "currency");
        assertThat(usd.json().getString("detail")).contains("USD").contains("CNY");
        assertField(pm.post("/api/v1/price-checks", check(id, "0.70", "furlong", null)), "unit");
        assertField(pm.post("/api/v1/price-checks", check(id, "0.70", "m", null)), "unit");
        assertProblem(pm.post("/api/v1/price-checks", "{\"materialId\": 1, \"unitPrice\": 0.7, \"date\": \"soon\"}"), 400);
        assertProblem(pm.post("/api/v1/price-checks", ""), 400);
        assertProblem(Api.anonymous().post("/api/v1/price-checks", check(id, "0.70", "W", null)), 401);
        String unknownSupplier = Json.createObjectBuilder().add("materialId", id).add("unitPrice", 0.7).add("unit", "W")
                .add("supplierId", 999999999).build().toString();
        assertField(pm.post("/api/v1/price-checks", unknownSupplier), "supplierId");
    }

    private static void assertField(Api.Response r, String field) {
        assertProblem(r, 400);
        assertThat(r.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo(field);
    }
}
