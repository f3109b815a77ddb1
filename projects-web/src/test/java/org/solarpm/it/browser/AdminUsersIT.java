package org.solarpm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.solarpm.it.browser.Ui.testId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.solarpm.it.Browser;

/** An administrator creates an account in the browser, and the new employee can sign in with it. */
class AdminUsersIT {

    private ChromeDriver driver;

    @AfterEach
    void quit(TestInfo test) {
        if (driver != null) {
            Ui.keepScreenshot(driver, test);
            driver.quit();
        }
    }

    @Test
    void shouldShowFieldErrorsThenCreateAUserWhoCanSignIn() {
        driver = Browser.start(false);
        Ui ui = new Ui(driver);
        String username = "ui" + Long.toString(System.nanoTime(), 36);
        ui.signIn("admin", "solarpm");
        ui.clickable("nav-admin").click();
        ui.visible("users-table");

        ui.clickable("user-new").click();
        ui.visible("user-form-username").sendKeys("not valid");
        ui.visible("user-form-password").sendKeys("123");
        ui.clickable("user-form-submit").click();

        ui.awaitText("error-username", "用户名只能包含字母、数字、点、下划线和连字符（2-64 位）");
        assertThat(ui.visible("error-password").getText()).isEqualTo("密码长度须为 6-128 位");
        assertThat(ui.visible("error-displayName").getText()).isNotBlank();
        assertThat(ui.visible("user-form-username").getAttribute("aria-invalid")).isEqualTo("true");

        fill("user-form-username", username);
        fill("user-form-password", "secret-123");
        fill("user-form-displayName", "赵六");
        new Select(ui.visible("user-form-branch")).selectByVisibleText("华东分公司 (EAST)");
        ui.clickable("user-form-role-SITE_LEAD").click();
        ui.clickable("user-form-submit").click();

        ui.await().until(ExpectedConditions.invisibilityOfElementLocated(testId("user-dialog")));
        ui.await().until(ExpectedConditions.textToBePresentInElementLocated(testId("toasts"), username));
        WebElement search = ui.visible("user-search");
        search.sendKeys(username + "\n");
        By row = testId("user-row-" + username);
        ui.await().until(ExpectedConditions.textToBePresentInElementLocated(row, "现场负责人"));
        assertThat(driver.findElement(row).getText()).contains("赵六", "华东分公司", "在职");

        ui.clickable("logout").click();
        ui.visible("login-form");
        ui.submitLogin(username, "secret-123");
        ui.awaitText("user-name", "赵六");
        ui.awaitText("user-role", "现场负责人");
        ui.awaitHash("#/reports");
    }

    private void fill(String testId, String value) {
        WebElement input = driver.findElement(testId(testId));
        input.clear();
        input.sendKeys(value);
    }
}
