package org.solarpm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.solarpm.it.browser.Ui.testId;

import jakarta.json.JsonObject;
import java.util.List;
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

/** A project manager lays out a whole project from a template in one form, then opens its board. */
class ProjectCreateIT {

    private ChromeDriver driver;

    @AfterEach
    void quit(TestInfo test) {
        if (driver != null) {
            Ui.keepScreenshot(driver, test);
            driver.quit();
        }
    }

    @Test
    void shouldCreateAProjectFromATemplateAndShowItsBoard() {
        driver = Browser.start(false);
        Ui ui = new Ui(driver);
        String code = "UI-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        ui.signIn("pm", "solarpm");
        ui.open("#/projects");
        ui.clickable("new-project").click();

        WebElement form = ui.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.create-project")));
        new Select(form.findElement(By.name("templateCode"))).selectByValue("ci-rooftop");
        type(form, "code", code);
        type(form, "name", "浙江嘉兴某纺织厂屋顶光伏");
        type(form, "customer", "嘉兴某纺织有限公司");
        type(form, "address", "浙江省嘉兴市秀洲区");
        type(form, "capacityKwp", "2400");
        ui.js("arguments[0].value = '2027-03-01'", form.findElement(By.name("plannedStart")));
        ui.clickable("create").click();

        ui.await().until(ExpectedConditions.textToBePresentInElementLocated(testId("project-title"), code));
        String id = ui.hash().replaceAll("^#/projects/(\\d+).*$", "$1");
        assertThat(id).matches("\\d+");

        JsonObject board = Api.as("pm").get("/api/v1/projects/" + id + "/board").json();
        List<String> columns = board.getJsonArray("columns").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("code")).toList();
        int cards = board.getJsonArray("columns").getValuesAs(JsonObject.class).stream()
                .mapToInt(c -> c.getJsonArray("cards").size()).sum();
        assertThat(columns).isNotEmpty();
        assertThat(cards).isGreaterThan(10);

        ui.clickable("open-board").click();
        ui.visible("board");
        List<String> shownColumns = driver.findElements(By.cssSelector("[data-testid='board'] [data-column]")).stream()
                .map(e -> e.getAttribute("data-column")).toList();
        assertThat(shownColumns).containsExactlyElementsOf(columns);
        assertThat(driver.findElements(By.cssSelector("[data-testid='board'] [data-card]"))).hasSize(cards);
    }

    @Test
    void shouldShowTheServersReasonAndCreateNothingWhenTheCodeIsTaken() {
        driver = Browser.start(false);
        Ui ui = new Ui(driver);
        ui.signIn("pm", "solarpm");
        JsonObject existing = Api.as("pm").get("/api/v1/projects?size=1").json().getJsonArray("items").getJsonObject(0);
        long before = Api.as("pm").get("/api/v1/projects?size=1").json().getJsonNumber("total").longValue();
        ui.open("#/projects/new");

        WebElement form = ui.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.create-project")));
        type(form, "code", existing.getString("code"));
        type(form, "name", "重复编号");
        type(form, "customer", "某客户");
        type(form, "address", "某地");
        ui.js("arguments[0].value = '2027-03-01'", form.findElement(By.name("plannedStart")));
        ui.clickable("create").click();

        ui.await().until(ExpectedConditions.textToBePresentInElementLocated(testId("error"), existing.getString("code")));
        assertThat(ui.hash()).startsWith("#/projects/new");
        assertThat(Api.as("pm").get("/api/v1/projects?size=1").json().getJsonNumber("total").longValue()).isEqualTo(before);
    }

    private static void type(WebElement form, String name, String value) {
        WebElement input = form.findElement(By.name(name));
        input.clear();
        input.sendKeys(value);
    }
}
