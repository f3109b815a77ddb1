package org.solarpm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.solarpm.it.browser.Ui.testId;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.solarpm.it.Api;
import org.solarpm.it.Browser;

/**
 * The daily report screens in real Chromium: a site lead files a report on a phone and the
 * executive sees it on the dashboard; a report filed without network waits on the phone and is sent
 * once, when the network returns; a PM returns a report with a comment that its author then reads.
 * Each test works on a project of its own (created through the API), so reports never collide.
 */
class DailyReportScreensIT {

    private static final String PASSWORD = "solarpm";

    private ChromeDriver driver;

    @AfterEach
    void quit(TestInfo test) {
        if (driver != null) {
            Ui.keepScreenshot(driver, test);
            driver.quit();
        }
    }

    @Test
    void shouldFileAReportOnAPhoneAndShowItOnTheExecutiveDashboard() {
        JsonObject project = newProjectInConstruction();
        String code = project.getString("code");
        String date = today();
        driver = Browser.start(true);
        Ui ui = new Ui(driver);
        ui.signIn("site", PASSWORD);
        ui.awaitHash("#/reports");
        new Select(ui.visible("report-project")).selectByValue(id(project));
        ui.await().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-testid='report-body'][data-project='" + id(project) + "']")));
        ui.visible("report-empty");
        assertThat(ui.visible("report-date").getAttribute("value")).isEqualTo(date);
        assertThat(ui.visible("report-date").getAttribute("max")).as("no future dates").isEqualTo(date);

        new Select(reveal(ui, "weather-condition")).selectByValue("SUNNY");
        type(ui, "weather-minTempC", "8");
        type(ui, "weather-maxTempC", "19");
        tap(ui, "manpower-add");
        new Select(reveal(ui, "manpower-0-trade")).selectByValue("INSTALLER");
        type(ui, "manpower-0-headcount", "24");
        type(ui, "manpower-0-hours", "216");
        type(ui, "quantity-MODULE_KWP", "420");
        assertThat(reveal(ui, "report-submit").getSize().getHeight()).as("touch target").isGreaterThanOrEqualTo(44);
        ui.await().until(d -> "local".equals(ui.visible("report-sync").getAttribute("data-state")));
        tap(ui, "report-submit");

        ui.visible("report-view");
        ui.awaitText("report-status", "已提交");
        assertThat(ui.js("return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling").isEqualTo(true);
        JsonObject report = Api.as("pm").get(reportPath(project, date)).json();
        assertThat(report.getString("status")).isEqualTo("SUBMITTED");
        assertThat(report.getJsonObject("weather").getString("condition")).isEqualTo("SUNNY");
        assertThat(report.getJsonArray("manpower").getJsonObject(0).getInt("headcount")).isEqualTo(24);
        String timeliness = report.getString("timeliness");

        driver.quit();
        driver = Browser.start(false);
        Ui exec = new Ui(driver);
        exec.signIn("exec", PASSWORD);
        exec.open("#/dashboard?date=" + date);
        WebElement row = exec.visible("dash-row-" + code);
        assertThat(row.findElement(testId("dash-status")).getAttribute("data-status")).isEqualTo(timeliness);
        assertThat(row.findElement(testId("dash-installed")).getText()).isEqualTo("420");
        exec.visible("dash-chart-weekly");

        row.findElement(testId("dash-drill-" + code)).click();
        exec.visible("dash-chart-scurve");
        exec.clickable("dash-open-report").click();
        exec.visible("report-view");
        exec.awaitText("report-status", "已提交");
        assertThat(exec.visible("report-heading").getText()).contains(code, date);
    }

    @Test
    void shouldKeepTheReportOnThePhoneWhileOfflineAndSendItOnceWhenBackOnline() {
        JsonObject project = newProjectInConstruction();
        String date = today();
        driver = Browser.start(true);
        Ui ui = new Ui(driver);
        ui.signIn("site", PASSWORD);
        ui.open("#/reports/form?project=" + id(project) + "&date=" + date);
        ui.visible("report-empty");

        network(false);
        ui.visible("report-offline");
        tap(ui, "manpower-add");
        new Select(reveal(ui, "manpower-0-trade")).selectByValue("ELECTRICIAN");
        type(ui, "manpower-0-headcount", "7");
        type(ui, "quantity-MODULE_KWP", "96");
        tap(ui, "report-submit");

        ui.await().until(d -> "queued".equals(ui.visible("report-sync").getAttribute("data-state")));
        assertThat(ui.visible("report-sync").getText()).isEqualTo("已保存在本机，联网后自动发送");
        assertThat(ui.js("return JSON.parse(localStorage.getItem(arguments[0])).pending", draftKey(project, date))).isEqualTo("submit");
        assertThat(Api.as("pm").get(reportPath(project, date)).status()).as("nothing reached the server").isEqualTo(404);

        network(true);

        ui.visible("report-view");
        ui.awaitText("report-status", "已提交");
        assertThat(ui.js("return localStorage.getItem(arguments[0])", draftKey(project, date))).as("sent, so no longer kept").isNull();
        JsonObject list = Api.as("pm").get("/api/v1/projects/" + id(project) + "/daily-reports?from=" + date + "&to=" + date).json();
        assertThat(list.getInt("total")).as("exactly one report").isEqualTo(1);
        JsonObject report = Api.as("pm").get(reportPath(project, date)).json();
        assertThat(report.getString("status")).isEqualTo("SUBMITTED");
        assertThat(report.getJsonArray("manpower").getJsonObject(0).getInt("headcount")).isEqualTo(7);
    }

    @Test
    void shouldShowThePmsCommentToTheSiteLeadWhenTheReportIsReturned() {
        JsonObject project = newProjectInConstruction();
        String code = project.getString("code");
        String date = today();
        Api site = Api.as("site");
        Api.Response saved = site.put(reportPath(project, date), Json.createObjectBuilder()
                .add("weather", Json.createObjectBuilder().add("condition", "CLOUDY"))
                .add("notes", "今天完成部分组件安装").build().toString());
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        Api.Response submitted = site.post(reportPath(project, date) + "/submit",
                Json.createObjectBuilder().add("version", saved.json().getInt("version")).build().toString());
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);

        driver = Browser.start(false);
        Ui pm = new Ui(driver);
        pm.signIn("pm", PASSWORD);
        pm.open("#/reports/review");
        WebElement row = pm.visible("review-row-" + code + "-" + date);
        row.findElement(testId("review-open")).click();
        pm.visible("review-panel");
        pm.clickable("review-return").click();
        pm.awaitText("review-error", "退回日报必须填写审核意见");
        assertThat(Api.as("pm").get(reportPath(project, date)).json().getString("status")).isEqualTo("SUBMITTED");
        String comment = "请补充组件安装的区域和班组人数";
        pm.visible("review-comment").sendKeys(comment);
        pm.clickable("review-return").click();
        pm.awaitHash("#/reports/review");
        pm.await().until(ExpectedConditions.invisibilityOfElementLocated(testId("review-row-" + code + "-" + date)));
        assertThat(Api.as("pm").get(reportPath(project, date)).json().getString("status")).isEqualTo("RETURNED");

        driver.quit();
        driver = Browser.start(true);
        Ui ui = new Ui(driver);
        ui.signIn("site", PASSWORD);
        ui.open("#/reports/form?project=" + id(project) + "&date=" + date);
        ui.awaitText("report-review-text", comment);
        assertThat(ui.visible("report-review-comment").getText()).contains("张伟");
        ui.awaitText("report-status", "已退回");
        assertThat(driver.findElement(testId("notes")).getAttribute("value")).as("the content is kept for correcting").isEqualTo("今天完成部分组件安装");
    }

    // ---- helpers ----

    /** A ground-mounted project of the East branch in construction, managed by pm, with site as its site lead. */
    private static JsonObject newProjectInConstruction() {
        Api admin = Api.as("admin");
        long east = admin.get("/api/v1/branches").array().stream().map(v -> v.asJsonObject())
                .filter(b -> b.getString("code").equals("EAST")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        String code = "UI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Api.Response created = Api.as("pm").post("/api/v1/projects", Json.createObjectBuilder()
                .add("templateCode", "ground-mounted").add("code", code).add("name", "日报界面测试 " + code).add("customer", "测试业主")
                .add("site", Json.createObjectBuilder().add("address", "宁夏中卫市"))
                .add("capacityKwp", 20000).add("plannedStart", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(200).toString())
                .add("branchId", east).add("managerId", userId("pm")).build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject project = created.json();
        Api.Response staged = admin.post("/api/v1/projects/" + id(project) + "/stage", Json.createObjectBuilder()
                .add("to", "CONSTRUCTION").add("note", "界面测试").add("override", true).add("overrideReason", "界面测试直接进入施工")
                .build().toString());
        assertThat(staged.status()).as(staged.toString()).isEqualTo(200);
        Api.Response member = Api.as("pm").post("/api/v1/projects/" + id(project) + "/members", Json.createObjectBuilder()
                .add("userId", userId("site")).add("role", "SITE_LEAD").build().toString());
        assertThat(member.status()).as(member.toString()).isBetween(200, 201);
        return project;
    }

    private static long userId(String username) {
        return Api.as(username).get("/api/v1/me").json().getJsonNumber("id").longValue();
    }

    private static String id(JsonObject project) {
        return project.getJsonNumber("id").toString();
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    private static String reportPath(JsonObject project, String date) {
        return "/api/v1/projects/" + id(project) + "/daily-reports/" + date;
    }

    private String draftKey(JsonObject project, String date) {
        return "solarpm.daily." + userId("site") + "." + id(project) + "." + date;
    }

    /** Chromium's own network emulation: offline makes every request fail and fires offline/online in the page. */
    private void network(boolean online) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions",
                Map.of("offline", !online, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
        new Ui(driver).await().until(d -> Boolean.valueOf(online).equals(((ChromeDriver) d).executeScript("return navigator.onLine")));
    }

    /** Scrolls the element to the middle of the screen (the form's action bar sticks to the bottom). */
    private static WebElement reveal(Ui ui, String testId) {
        WebElement element = ui.visible(testId);
        ui.js("arguments[0].scrollIntoView({block: 'center'})", element);
        return element;
    }

    private static void tap(Ui ui, String testId) {
        reveal(ui, testId);
        ui.clickable(testId).click();
    }

    private static void type(Ui ui, String testId, String text) {
        WebElement input = reveal(ui, testId);
        input.clear();
        input.sendKeys(text);
    }
}
