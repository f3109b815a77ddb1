package org.solarpm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.solarpm.it.browser.Ui.testId;

import jakarta.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.solarpm.it.Api;
import org.solarpm.it.Browser;

/**
 * The sign-in page and the navigation shell in a real browser: errors, the signed-in user and role,
 * switching language, signing out and the phone menu. Each test has its own browser profile.
 */
class LoginPageIT {

    private static final String PASSWORD = "solarpm";

    private ChromeDriver driver;

    private Ui start(boolean phone) {
        driver = Browser.start(phone);
        return new Ui(driver);
    }

    @AfterEach
    void quit(TestInfo test) {
        if (driver != null) {
            Ui.keepScreenshot(driver, test);
            driver.quit();
        }
    }

    /**
     * A fresh account for each wrong-password test: failed sign-ins count towards the account's
     * throttle (5 in 15 minutes), also across runs on a kept test database.
     */
    private static String newAccount() {
        String username = "login" + Long.toString(System.nanoTime(), 36);
        var created = Api.as("admin").post("/api/v1/users", Json.createObjectBuilder()
                .add("username", username).add("displayName", "登录测试").add("password", PASSWORD)
                .add("roles", Json.createArrayBuilder().add("SITE_LEAD")).build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }

    @Test
    void shouldShowLocalisedErrorAndStayOnLoginWhenPasswordIsWrong() {
        Ui ui = start(false);
        String username = newAccount();
        ui.open("#/login");
        ui.submitLogin(username, "not-the-password");

        ui.awaitText("login-error", "用户名或密码错误");
        assertThat(ui.hash()).startsWith("#/login");
        assertThat(driver.findElements(testId("shell"))).isEmpty();
        assertThat(ui.visible("login-password").getAttribute("value")).isEmpty();
        assertThat(ui.visible("login-submit").isEnabled()).isTrue();
    }

    @Test
    void shouldAskTheServerForTheErrorInTheChosenLanguage() {
        Ui ui = start(false);
        String username = newAccount();
        ui.open("#/login");
        ui.clickable("lang-en").click();
        ui.awaitText("login-submit", "Sign in");

        ui.submitLogin(username, "not-the-password");

        ui.awaitText("login-error", "Wrong user name or password");
        assertThat(ui.hash()).startsWith("#/login");
    }

    @Test
    void shouldShowDisplayNameAndRoleInChineseAfterSignIn() {
        Ui ui = start(false);
        ui.signIn("pm", PASSWORD);

        ui.awaitText("user-name", "张伟");
        ui.awaitText("user-role", "项目经理");
        assertThat(ui.visible("nav-projects").getText()).isEqualTo("项目");
        assertThat(ui.visible("nav-reports").getText()).isEqualTo("日报");
        assertThat(driver.findElements(testId("nav-admin"))).as("admin is only for ADMIN").isEmpty();
        assertThat(ui.js("return document.documentElement.lang")).isEqualTo("zh-CN");
    }

    @Test
    void shouldSwitchToEnglishAtOnceWithoutReloading() {
        Ui ui = start(false);
        ui.signIn("pm", PASSWORD);
        ui.awaitText("user-role", "项目经理");
        ui.js("window.__samePage = true");

        ui.clickable("lang-en").click();

        ui.awaitText("user-role", "Project manager");
        ui.awaitText("nav-projects", "Projects");
        ui.awaitText("nav-boards", "Boards");
        ui.awaitText("nav-reports", "Daily reports");
        ui.awaitText("nav-procurement", "Procurement");
        ui.awaitText("nav-dashboard", "Dashboard");
        ui.awaitText("logout", "Sign out");
        assertThat(ui.visible("user-name").getText()).isEqualTo("张伟");
        assertThat(ui.js("return window.__samePage === true")).as("no page reload").isEqualTo(true);
        assertThat(ui.js("return document.documentElement.lang")).isEqualTo("en");
        assertThat(ui.js("return localStorage.getItem('solarpm.lang')")).isEqualTo("en");
    }

    @Test
    void shouldReturnToLoginAndEndTheSessionOnSignOut() {
        Ui ui = start(false);
        ui.signIn("pm", PASSWORD);
        assertThat(ui.statusOfMe()).isEqualTo(200);

        ui.clickable("logout").click();

        ui.visible("login-form");
        ui.awaitHash("#/login");
        assertThat(driver.findElements(testId("shell"))).isEmpty();
        assertThat(ui.statusOfMe()).isEqualTo(401);
        ui.open("#/projects");
        ui.visible("login-form");
        ui.awaitHash("#/login");
    }

    @Test
    void shouldKeepNavigationUsableOnAPhone() {
        Ui ui = start(true);
        ui.signIn("pm", PASSWORD);
        ui.awaitHash("#/projects");
        ui.await().until(ExpectedConditions.invisibilityOfElementLocated(testId("nav-boards")));

        WebElement toggle = ui.clickable("nav-toggle");
        assertThat(toggle.getSize().getHeight()).as("touch target").isGreaterThanOrEqualTo(44);
        toggle.click();

        WebElement boards = ui.clickable("nav-boards");
        assertThat(boards.getSize().getHeight()).as("touch target").isGreaterThanOrEqualTo(44);
        assertThat(ui.visible("user-name").getText()).isEqualTo("张伟");
        assertThat(ui.visible("user-role").getText()).isEqualTo("项目经理");
        boards.click();

        ui.awaitHash("#/boards");
        ui.awaitText("page-title", "看板");
        ui.await().until(ExpectedConditions.invisibilityOfElementLocated(testId("nav-boards")));
        Dimension viewport = viewport();
        assertThat(viewport.getWidth()).as("phone viewport").isEqualTo(390);
        assertThat(ui.js("return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling").isEqualTo(true);

        ui.clickable("nav-toggle").click();
        ui.clickable("logout").click();
        ui.visible("login-form");
    }

    private Dimension viewport() {
        Object width = driver.executeScript("return window.innerWidth");
        Object height = driver.executeScript("return window.innerHeight");
        return new Dimension(((Number) width).intValue(), ((Number) height).intValue());
    }
}
