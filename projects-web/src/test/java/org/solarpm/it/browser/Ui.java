package org.solarpm.it.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.solarpm.it.SolarPmApp;

/** The few moves every UI test makes: open the app, find by test id, wait, sign in. */
final class Ui {

    static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final WebDriver driver;
    private final WebDriverWait wait;

    Ui(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, TIMEOUT);
    }

    static By testId(String id) {
        return By.cssSelector("[data-testid='" + id + "']");
    }

    WebDriverWait await() {
        return wait;
    }

    /** Opens the app at a hash route, e.g. "#/login". */
    void open(String hash) {
        driver.get(SolarPmApp.baseUrl() + "/" + hash);
    }

    WebElement visible(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(testId(id)));
    }

    WebElement clickable(String id) {
        return wait.until(ExpectedConditions.elementToBeClickable(testId(id)));
    }

    /** Waits until the element's visible text is exactly text. */
    void awaitText(String id, String text) {
        wait.until(ExpectedConditions.textToBe(testId(id), text));
    }

    void awaitHash(String prefix) {
        wait.until(d -> String.valueOf(js("return location.hash")).startsWith(prefix));
    }

    String hash() {
        return String.valueOf(js("return location.hash"));
    }

    /** Types credentials on the login page and presses Enter. */
    void submitLogin(String username, String password) {
        WebElement user = visible("login-username");
        user.clear();
        user.sendKeys(username);
        WebElement pass = visible("login-password");
        pass.clear();
        pass.sendKeys(password + "\n");
    }

    /** Signs in through the login page and waits for the signed-in shell. */
    void signIn(String username, String password) {
        open("#/login");
        submitLogin(username, password);
        wait.until(ExpectedConditions.presenceOfElementLocated(testId("shell")));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * Keeps what the browser showed last, for reading a failure later:
     * target/it/screenshots/{test class}.{test method}.png.
     */
    static void keepScreenshot(WebDriver driver, TestInfo test) {
        String name = test.getTestClass().map(Class::getSimpleName).orElse("test") + "."
                + test.getTestMethod().map(m -> m.getName()).orElse("unknown") + ".png";
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("solarpm.it.workDir", "target/it"), "screenshots"));
            Files.write(dir.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            System.err.println("No screenshot for " + name + ": " + e);
        }
    }

    /** The HTTP status of GET /api/v1/me, fetched by the page itself (with its cookies). */
    long statusOfMe() {
        Object status = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/api/v1/me', {credentials: 'same-origin', cache: 'no-store'})"
                        + ".then(r => done(r.status), () => done(-1));");
        return ((Number) status).longValue();
    }
}
