package org.solarpm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.chrome.ChromeDriver;
import org.solarpm.it.Browser;

/** The dashboard's export buttons in Chromium: the company daily-reports workbook downloads with the session cookie. */
class DashboardExportsIT {

    private ChromeDriver driver;

    @AfterEach
    void quit(TestInfo test) {
        if (driver != null) {
            Ui.keepScreenshot(driver, test);
            driver.quit();
        }
    }

    @Test
    void shouldOfferTheCompanyDailyReportsWorkbookOfTheLast30DaysNextToTheOtherExports() {
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
        driver = Browser.start(false);
        Ui ui = new Ui(driver);
        ui.signIn("exec", "solarpm");
        ui.open("#/dashboard?date=" + day);
        ui.visible("dash-portfolio-xlsx");
        var button = ui.visible("dash-reports-xlsx");
        assertThat(button.getText()).isEqualTo("日报汇总 Excel");
        String href = button.getAttribute("href");
        assertThat(href).contains("/api/v1/daily-reports.xlsx?from=" + day.minusDays(29) + "&to=" + day);
        Object answer = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                + " + r.headers.get('content-type') + ' ' + b.byteLength))).catch(e => done('failed ' + e));", href);
        String[] parts = answer.toString().split(" ");
        assertThat(parts[0]).as(answer.toString()).isEqualTo("200");
        assertThat(parts[1]).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(Long.parseLong(parts[2])).isGreaterThan(1000);
    }
}
