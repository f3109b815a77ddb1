package org.solarpm.it.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.solarpm.it.procurement.ProcurementApiIT.assertProblem;
import static org.solarpm.it.procurement.PurchaseOrders.create;
import static org.solarpm.it.procurement.PurchaseOrders.decision;
import static org.solarpm.it.procurement.PurchaseOrders.id;
import static org.solarpm.it.procurement.PurchaseOrders.line;
import static org.solarpm.it.procurement.PurchaseOrders.ok;
import static org.solarpm.it.procurement.PurchaseOrders.order;
import static org.solarpm.it.procurement.PurchaseOrders.step;
import static org.solarpm.it.procurement.PurchaseOrders.version;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.solarpm.it.Api;

/** Black-box: purchase orders from draft to received, the approval routing rules, idempotency and stale versions. */
class PurchaseOrderApiIT {

    private static List<String> levels(JsonObject order) {
        return order.getJsonArray("approvals").stream().map(v -> v.asJsonObject().getString("level")).toList();
    }

    private static List<String> approvers(JsonObject order) {
        return order.getJsonArray("approvals").stream().map(v -> v.asJsonObject().getString("approverName")).toList();
    }

    @Test
    void shouldRunAnOrderFromDraftToReceivedWithPartialReceiptsAndRecordTheApprovedPriceOnce() {
        long project = PurchaseOrders.project("1000");
        long module = PurchaseOrders.module();
        Api buyer = Api.as("buyer");
        JsonObject draft = create(buyer, project, order("组件首批", line(module, "1000", "pcs", "406")));
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getJsonObject("total").getString("amount")).isEqualTo("458780.00");
        assertThat(draft.getJsonObject("total").getString("currency")).isEqualTo("CNY");
        assertThat(draft.getJsonArray("lines").getJsonObject(0).containsKey("verdict")).isFalse();

        JsonObject submitted = ok(buyer, draft, "submit", version(draft));
        assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
        JsonObject line = submitted.getJsonArray("lines").getJsonObject(0);
        assertThat(line.getString("verdict")).isEqualTo("NORMAL");
        assertThat(line.getString("explanation")).contains("中位");
        JsonObject inEnglish = Api.as("pm").header("Accept-Language", "en").get("/api/v1/purchase-orders/" + id(submitted)).json();
        assertThat(inEnglish.getJsonArray("lines").getJsonObject(0).getString("explanation")).startsWith("Normal").contains("median");
        assertThat(levels(submitted)).containsExactly("PROJECT_MANAGER");
        assertThat(approvers(submitted)).containsExactly("张伟");

        Api pm = Api.as("pm");
        JsonObject approved = ok(pm, submitted, "approve", decision(submitted, "comment", "同意，价格合理"));
        assertThat(approved.getString("status")).isEqualTo("APPROVED");
        JsonObject step = approved.getJsonArray("approvals").getJsonObject(0);
        assertThat(step.getString("status")).isEqualTo("APPROVED");
        assertThat(step.getString("comment")).isEqualTo("同意，价格合理");
        assertThat(step.getString("decidedAt")).isNotBlank();
        assertProblem(step(pm, approved, "approve", version(approved)), 409);

        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        var history = pm.get("/api/v1/materials/" + module + "/price-history?from=" + LocalDate.parse(today).minusDays(1) + "&to=" + today)
                .json().getJsonArray("items");
        assertThat(history).hasSize(1);
        assertThat(history.getJsonObject(0).getString("source")).isEqualTo("APPROVED_PO");
        assertThat(history.getJsonObject(0).getJsonNumber("normalisedPrice").doubleValue()).isCloseTo(0.70, org.assertj.core.data.Offset.offset(0.001));

        JsonObject ordered = ok(buyer, approved, "order", version(approved));
        assertThat(ordered.getString("status")).isEqualTo("ORDERED");
        long lineId = id(ordered.getJsonArray("lines").getJsonObject(0));
        Api site = Api.as("site");
        JsonObject partial = ok(site, ordered, "receive", "{\"version\":" + ordered.getInt("version")
                + ",\"note\":\"第一车\",\"lines\":[{\"lineId\":" + lineId + ",\"quantity\":400}]}");
        assertThat(partial.getString("status")).isEqualTo("PARTIALLY_RECEIVED");
        assertThat(partial.getJsonArray("lines").getJsonObject(0).getJsonObject("received").getString("value")).isEqualTo("400");

        Api.Response over = step(site, partial, "receive", "{\"version\":" + partial.getInt("version")
                + ",\"lines\":[{\"lineId\":" + lineId + ",\"quantity\":601}]}");
        assertProblem(over, 400);
        assertThat(Api.as("pm").get("/api/v1/purchase-orders/" + id(partial)).json().getInt("version")).isEqualTo(partial.getInt("version"));

        JsonObject rest = ok(site, partial, "receive", "{\"version\":" + partial.getInt("version")
                + ",\"lines\":[{\"lineId\":" + lineId + ",\"quantity\":600}]}");
        assertThat(rest.getString("status")).isEqualTo("RECEIVED");
        assertThat(rest.getJsonArray("lines").getJsonObject(0).getJsonArray("receipts")).hasSize(2);
        assertThat(pm.get("/api/v1/materials/" + module + "/price-history?from=" + LocalDate.parse(today).minusDays(1) + "&to=" + today)
                .json().getJsonArray("items")).hasSize(1);
    }

    @Test
    void shouldRouteHighPricesAndLargeOrdersToTheBranchHeadAndExecutive() {
        long project = PurchaseOrders.project("5000");
        long module = PurchaseOrders.module();
        Api buyer = Api.as("buyer");

        JsonObject high = create(buyer, project, order("高价组件", line(module, "100000", "W", "0.90")));
        JsonObject highSubmitted = ok(buyer, high, "submit", version(high));
        assertThat(highSubmitted.getJsonArray("lines").getJsonObject(0).getString("verdict")).isEqualTo("HIGH");
        assertThat(levels(highSubmitted)).containsExactly("PROJECT_MANAGER", "BRANCH_HEAD");
        assertThat(approvers(highSubmitted)).containsExactly("张伟", "李华东");

        JsonObject large = create(buyer, project, order("大额", line(module, "800000", "W", "0.70")));
        JsonObject largeSubmitted = ok(buyer, large, "submit", version(large));
        assertThat(largeSubmitted.getJsonArray("lines").getJsonObject(0).getString("verdict")).isEqualTo("NORMAL");
        assertThat(levels(largeSubmitted)).containsExactly("PROJECT_MANAGER", "BRANCH_HEAD");

        JsonObject huge = create(buyer, project, order("超大额", line(module, "3000000", "W", "0.70")));
        JsonObject hugeSubmitted = ok(buyer, huge, "submit", version(huge));
        assertThat(levels(hugeSubmitted)).containsExactly("PROJECT_MANAGER", "BRANCH_HEAD", "EXECUTIVE");
        assertThat(approvers(hugeSubmitted)).containsExactly("张伟", "李华东", "王建国");

        // steps in order: the branch head cannot act before the PM, and sees nothing in the inbox yet
        Api head = Api.as("branchhead");
        assertProblem(step(head, hugeSubmitted, "approve", version(hugeSubmitted)), 403);
        assertThat(inbox(head)).doesNotContain(id(hugeSubmitted));
        JsonObject afterPm = ok(Api.as("pm"), hugeSubmitted, "approve", version(hugeSubmitted));
        assertThat(afterPm.getString("status")).isEqualTo("SUBMITTED");
        assertThat(inbox(head)).contains(id(hugeSubmitted));
        assertThat(inbox(Api.as("exec"))).doesNotContain(id(hugeSubmitted));
        JsonObject afterHead = ok(head, afterPm, "approve", version(afterPm));
        assertThat(afterHead.getString("status")).isEqualTo("SUBMITTED");
        assertThat(inbox(Api.as("exec"))).contains(id(hugeSubmitted));
        JsonObject rejected = ok(Api.as("exec"), afterHead, "reject", decision(afterHead, "reason", "请重新询价"));
        assertThat(rejected.getString("status")).isEqualTo("REJECTED");
        assertThat(rejected.getJsonArray("approvals").getJsonObject(2).getString("comment")).isEqualTo("请重新询价");
        assertThat(inbox(Api.as("exec"))).doesNotContain(id(hugeSubmitted));
    }

    private static List<Long> inbox(Api api) {
        return api.get("/api/v1/purchase-orders?awaiting=me").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    @Test
    void shouldNeverLetTheRequesterOrAWrongApproverDecideAndRefuseStaleVersions() {
        long project = PurchaseOrders.project("1000");
        long module = PurchaseOrders.module();
        Api pm = Api.as("pm");
        // the PM requests: the PM step passes to the branch head, never to the requester
        JsonObject own = create(pm, project, order("项目经理申请", line(module, "1000", "pcs", "406")));
        JsonObject ownSubmitted = ok(pm, own, "submit", version(own));
        assertThat(levels(ownSubmitted)).containsExactly("BRANCH_HEAD");
        Api.Response selfApproval = step(pm, ownSubmitted, "approve", version(ownSubmitted));
        assertProblem(selfApproval, 403);

        Api buyer = Api.as("buyer");
        JsonObject draft = create(buyer, project, order("常规", line(module, "10", "pcs", "406")));
        assertProblem(step(buyer, draft, "submit", "{\"version\":" + (draft.getInt("version") + 5) + "}"), 409);
        JsonObject submitted = ok(buyer, draft, "submit", version(draft));
        assertProblem(step(buyer, submitted, "approve", version(submitted)), 403);
        assertProblem(step(Api.as("site"), submitted, "approve", version(submitted)), 403);
        assertProblem(step(pm, submitted, "approve", version(draft)), 409);
        assertProblem(step(pm, submitted, "reject", decision(submitted, "reason", " ")), 400);
        Api.Response en = pm.header("Accept-Language", "en").post("/api/v1/purchase-orders/" + id(submitted) + "/reject",
                version(submitted));
        assertProblem(en, 400);
        assertThat(en.body()).contains("reason");
        JsonObject unchanged = pm.get("/api/v1/purchase-orders/" + id(submitted)).json();
        assertThat(unchanged.getString("status")).isEqualTo("SUBMITTED");
        assertThat(unchanged.getInt("version")).isEqualTo(submitted.getInt("version"));
        assertThat(unchanged.getJsonArray("approvals").getJsonObject(0).getString("status")).isEqualTo("PENDING");
        Api.Response etag = pm.get("/api/v1/purchase-orders/" + id(submitted));
        assertThat(etag.header("ETag")).contains(Integer.toString(submitted.getInt("version")));
    }

    @Test
    void shouldCreateOnceWithAnIdempotencyKeyAndOnlyForBuyersAndPmsOfTheProject() {
        long project = PurchaseOrders.project("1000");
        long module = PurchaseOrders.module();
        String body = order("幂等", line(module, "5", "pcs", "400"));
        String key = UUID.randomUUID().toString();
        Api buyer = Api.as("buyer").header("Idempotency-Key", key);
        JsonObject first = create(buyer, project, body);
        Api.Response again = buyer.post("/api/v1/projects/" + project + "/purchase-orders", body);
        assertThat(again.status()).isIn(200, 201);
        assertThat(id(again.json())).isEqualTo(id(first));
        assertThat(Api.as("pm").get("/api/v1/projects/" + project + "/purchase-orders").json().getInt("total")).isEqualTo(1);

        assertProblem(Api.as("site").post("/api/v1/projects/" + project + "/purchase-orders", body), 403);
        long other = PurchaseOrders.project("800");
        Api.as("pm").delete("/api/v1/projects/" + other + "/members/" + PurchaseOrders.userId("buyer"));
        assertProblem(Api.as("buyer").post("/api/v1/projects/" + other + "/purchase-orders", body), 404);
        assertProblem(Api.as("buyer").get("/api/v1/purchase-orders/" + id(first) + "0"), 404);
    }

    @Test
    void shouldRefuseBadLinesWithAClearProblemAndCreateNothing() {
        long project = PurchaseOrders.project("1000");
        long module = PurchaseOrders.module();
        Api buyer = Api.as("buyer").header("Accept-Language", "en");
        String path = "/api/v1/projects/" + project + "/purchase-orders";
        assertProblem(buyer.post(path, order("neg", line(module, "-5", "pcs", "400"))), 400);
        assertProblem(buyer.post(path, order("neg", line(module, "5", "pcs", "-400"))), 400);
        assertProblem(buyer.post(path, order("zero", line(module, "5", "pcs", "0"))), 400);
        Api.Response unknown = buyer.post(path, order("unknown", line(999_999_999L, "5", "pcs", "400")));
        assertProblem(unknown, 400);
        assertThat(unknown.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("lines[0].materialId");
        assertProblem(buyer.post(path, order("unit", line(module, "5", "m", "400"))), 400);
        assertProblem(buyer.post(path, "{\"title\":\"empty\",\"lines\":[]}"), 400);
        assertProblem(buyer.post(path, order("tax", line(module, "5", "pcs", "400").add("taxRate", 1.5))), 400);
        Api.Response usd = buyer.post(path, order("usd", line(module, "5", "pcs", "56").add("currency", "USD")));
        assertProblem(usd, 422);
        assertThat(usd.json().getString("detail")).contains("USD").contains("exchange rate");
        assertThat(Api.as("pm").get(path).json().getInt("total")).isZero();

        JsonObject withRate = create(Api.as("buyer"), project, order("usd", line(module, "5", "pcs", "56")
                .add("currency", "USD").add("exchangeRate", 7.25)));
        JsonObject l = withRate.getJsonArray("lines").getJsonObject(0);
        assertThat(l.getString("quotedCurrency")).isEqualTo("USD");
        assertThat(l.getJsonObject("unitPrice").getString("amount")).isEqualTo("406.0000");
    }
}
