package org.solarpm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.solarpm.it.browser.Ui.testId;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.solarpm.it.Api;
import org.solarpm.it.Browser;

/**
 * A buyer enters a purchase order line with a high module price, sees the HIGH verdict and its
 * explanation while typing, submits; after the PM's step the branch head finds it in the approval inbox.
 */
class PurchaseOrderBrowserIT {

    private ChromeDriver driver;

    @AfterEach
    void quit(TestInfo test) {
        if (driver != null) {
            Ui.keepScreenshot(driver, test);
            driver.quit();
        }
    }

    private static long id(Api.Response r) {
        if (r.status() != 201) {
            throw new AssertionError(r.toString());
        }
        return r.json().getJsonNumber("id").longValue();
    }

    private static long userId(String username) {
        return Api.as(username).get("/api/v1/me").json().getJsonNumber("id").longValue();
    }

    @Test
    void shouldShowTheHighVerdictLiveAndRouteTheOrderToTheBranchHeadsInbox() {
        Api pm = Api.as("pm");
        long branch = Api.as("admin").get("/api/v1/branches").array().stream().map(v -> v.asJsonObject())
                .filter(b -> b.getString("code").equals("EAST")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        String code = "UI-PO-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long project = id(pm.post("/api/v1/projects", Json.createObjectBuilder().add("templateCode", "ci-rooftop").add("code", code)
                .add("name", "浏览器采购 " + code).add("customer", "业主").add("site", Json.createObjectBuilder().add("address", "上海"))
                .add("capacityKwp", Json.createValue(new BigDecimal("2000"))).add("plannedStart", "2026-03-01").add("branchId", branch)
                .add("managerId", userId("pm")).build().toString()));
        assertThat(pm.post("/api/v1/projects/" + project + "/members", "{\"userId\":" + userId("buyer") + ",\"role\":\"BUYER\"}").status())
                .isEqualTo(201);
        long material = id(Api.as("buyer").post("/api/v1/materials", Json.createObjectBuilder().add("code", code + "-MOD")
                .add("nameZh", "浏览器测试组件 580Wp").add("category", "MODULE").add("unit", "pcs").add("moduleWp", 580).build().toString()));

        driver = Browser.start(false);
        Ui ui = new Ui(driver);
        ui.signIn("buyer", "solarpm");
        ui.open("#/purchase-orders/orders?project=" + project);
        ui.clickable("po-new").click();
        ui.visible("po-editor");
        new Select(ui.visible("po-line-material-0")).selectByValue(Long.toString(material));
        new Select(ui.visible("po-line-unit-0")).selectByValue("W");
        ui.visible("po-title").sendKeys("高价组件测试");
        ui.visible("po-line-quantity-0").sendKeys("100000");
        ui.visible("po-line-price-0").sendKeys("0.90");

        ui.awaitText("po-line-verdict-0", "偏高");
        String explanation = ui.visible("po-line-explanation-0").getText();
        assertThat(explanation).startsWith("偏高").contains("%").contains("中位").contains("元/W");
        assertThat(ui.visible("po-line-check-0").getAttribute("data-verdict")).isEqualTo("HIGH");
        assertThat(ui.visible("po-total").getText()).contains("101,700.00");

        ui.clickable("po-save-submit").click();
        ui.await().until(ExpectedConditions.invisibilityOfElementLocated(testId("po-editor")));
        ui.await().until(ExpectedConditions.textToBePresentInElementLocated(testId("po-list"), "审批中"));
        JsonObject order = pm.get("/api/v1/projects/" + project + "/purchase-orders").json().getJsonArray("items").getJsonObject(0);
        long orderId = order.getJsonNumber("id").longValue();
        assertThat(ui.visible("po-row-" + orderId).getText()).contains("高价组件测试", "偏高", "项目经理 张伟", "分公司负责人 李华东");

        Api.Response pmStep = pm.post("/api/v1/purchase-orders/" + orderId + "/approve",
                "{\"version\":" + order.getInt("version") + ",\"comment\":\"价格偏高，请分公司把关\"}");
        assertThat(pmStep.status()).as(pmStep.body()).isEqualTo(200);

        ui.clickable("logout").click();
        ui.visible("login-form");
        ui.signIn("branchhead", "solarpm");
        ui.open("#/purchase-orders/inbox");
        WebElement item = ui.visible("po-inbox-" + orderId);
        assertThat(item.getText()).contains("高价组件测试", "偏高", "陈静");
        long lineId = order.getJsonArray("lines").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(ui.visible("po-inbox-verdict-" + lineId).getText()).isEqualTo("偏高");

        ui.visible("po-comment-" + orderId).sendKeys("同意，已与供应商议价");
        ui.clickable("po-approve-" + orderId).click();
        ui.visible("po-inbox-empty");
        assertThat(pm.get("/api/v1/purchase-orders/" + orderId).json().getString("status")).isEqualTo("APPROVED");
    }
}
