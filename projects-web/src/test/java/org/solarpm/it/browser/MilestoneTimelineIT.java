package org.solarpm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.solarpm.it.browser.Ui.testId;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.solarpm.it.Api;
import org.solarpm.it.Browser;

/** The PM finds a milestone on the timeline, is told a replan needs a reason, replans it, and the inbox bell counts the notice. */
class MilestoneTimelineIT {

    private ChromeDriver driver;

    @AfterEach
    void quit(TestInfo test) {
        if (driver != null) {
            Ui.keepScreenshot(driver, test);
            driver.quit();
        }
    }

    @Test
    void shouldReplanAMilestoneOnTheTimelineOnlyWithAReason() {
        Api pm = Api.as("pm");
        long projectId = createProject(pm);
        JsonObject milestone = pm.get("/api/v1/projects/" + projectId + "/milestones").array().getJsonObject(0);
        long id = milestone.getJsonNumber("id").longValue();
        String newDate = java.time.LocalDate.parse(milestone.getString("plannedDate")).plusDays(9).toString();

        driver = Browser.start(false);
        Ui ui = new Ui(driver);
        ui.signIn("pm", "solarpm");
        ui.open("#/milestones?from=2026-01-01&to=2027-12-31");
        ui.visible("ms-chart");
        By mark = By.cssSelector("[data-testid='ms-mark'][data-id='" + id + "']");
        ui.await().until(ExpectedConditions.presenceOfElementLocated(mark));
        ui.js("arguments[0].click()", driver.findElement(mark));

        WebElement date = ui.visible("ms-new-date");
        ui.js("arguments[0].value = arguments[1]", date, newDate);
        ui.clickable("ms-save").click();
        ui.await().until(ExpectedConditions.textToBePresentInElementLocated(testId("ms-message"), "改期必须填写原因"));
        assertThat(pm.get("/api/v1/milestones/" + id).json().getString("plannedDate")).isEqualTo(milestone.getString("plannedDate"));

        ui.visible("ms-reason").sendKeys("屋面防水返工");
        ui.clickable("ms-save").click();
        ui.await().until(ExpectedConditions.textToBePresentInElementLocated(testId("ms-message"), "决策人已收到通知"));
        assertThat(pm.get("/api/v1/milestones/" + id).json().getString("plannedDate")).isEqualTo(newDate);

        driver.navigate().refresh();
        ui.await().until(d -> !d.findElement(testId("unread-count")).getText().isBlank());
        assertThat(Integer.parseInt(ui.visible("unread-count").getText().replace("+", ""))).isPositive();
    }

    private static long createProject(Api pm) {
        long branch = Api.as("admin").get("/api/v1/branches").array().stream().map(v -> v.asJsonObject())
                .filter(b -> b.getString("code").equals("EAST")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        long pmId = pm.get("/api/v1/me").json().getJsonNumber("id").longValue();
        String code = "UIM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String body = Json.createObjectBuilder().add("templateCode", "ci-rooftop").add("code", code).add("name", "时间轴 " + code)
                .add("customer", "测试业主").add("site", Json.createObjectBuilder().add("address", "江苏省南京市"))
                .add("capacityKwp", 800).add("plannedStart", "2026-03-01").add("plannedCod", "2026-12-31")
                .add("branchId", branch).add("managerId", pmId).build().toString();
        Api.Response r = pm.post("/api/v1/projects", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().getJsonNumber("id").longValue();
    }
}
