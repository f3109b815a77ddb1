package org.solarpm.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for browser tests, driven by Debian's chromedriver (Selenium Manager
 * never runs). Tests are skipped when Chromium is absent, except on CI ({@code CI=true}), where a
 * missing browser fails them.
 */
public final class Browser {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private Browser() {
    }

    public static ChromeDriver start(boolean phone) {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!present) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but Chromium/chromedriver are missing (install chromium chromium-driver)");
            }
            Assumptions.abort("Chromium is not installed; browser test skipped");
        }
        System.setProperty("SE_AVOID_STATS", "true");
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--disable-quic", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=zh-CN");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            if (phone) {
                driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true));
                driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true));
            }
            return driver;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
