package org.solarpm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.solarpm.it.Api;
import org.solarpm.it.Browser;
import org.solarpm.it.board.Boards;

/**
 * Two people look at the same board in Chromium: the PM moves a card with the keyboard and drags
 * another with the mouse; the site lead's screen shows both moves live, and a reload keeps them.
 */
class BoardScreenIT {

    private ChromeDriver pmDriver;
    private ChromeDriver siteDriver;

    @AfterEach
    void quit(TestInfo test) {
        for (ChromeDriver d : new ChromeDriver[] {pmDriver, siteDriver}) {
            if (d != null) {
                Ui.keepScreenshot(d, test);
                d.quit();
            }
        }
    }

    private static By card(long id) {
        return By.cssSelector("[data-testid='card'][data-card-id='" + id + "']");
    }

    private static By cardInColumn(String column, long id) {
        return By.cssSelector("[data-testid='column'][data-column='" + column + "'] [data-testid='card'][data-card-id='" + id + "']");
    }

    private static By firstCardOf(String column) {
        return By.cssSelector("[data-testid='column'][data-column='" + column + "'] [data-testid='card']");
    }

    @Test
    void shouldMoveCardsByKeyboardAndDragAndShowItLiveToAnotherViewer() {
        long project = Boards.newProject(Api.as("pm"));
        pmDriver = Browser.start(false);
        siteDriver = Browser.start(false);
        Ui pm = new Ui(pmDriver);
        Ui site = new Ui(siteDriver);
        pm.signIn("pm", "solarpm");
        site.signIn("site", "solarpm");
        pm.open("#/boards/" + project);
        site.open("#/boards/" + project);
        for (Ui ui : new Ui[] {pm, site}) {
            ui.await().until(ExpectedConditions.attributeToBe(Ui.testId("board-live"), "data-live", "true"));
        }

        // keyboard: Alt+Right moves the focused card to the next column
        WebElement first = pm.await().until(ExpectedConditions.elementToBeClickable(firstCardOf("TODO")));
        long keyed = Long.parseLong(first.getAttribute("data-card-id"));
        first.sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_RIGHT));
        pm.await().until(ExpectedConditions.presenceOfElementLocated(cardInColumn("IN_PROGRESS", keyed)));
        site.await().withTimeout(Duration.ofSeconds(5))
                .until(ExpectedConditions.presenceOfElementLocated(cardInColumn("IN_PROGRESS", keyed)));

        // mouse: drag the next TODO card onto the REVIEW column
        WebElement dragged = pm.await().until(ExpectedConditions.elementToBeClickable(firstCardOf("TODO")));
        long dragId = Long.parseLong(dragged.getAttribute("data-card-id"));
        WebElement review = pmDriver.findElement(By.cssSelector("[data-testid='column'][data-column='REVIEW']"));
        new Actions(pmDriver).clickAndHold(dragged).pause(Duration.ofMillis(200)).moveByOffset(8, 8).pause(Duration.ofMillis(100))
                .moveToElement(review).pause(Duration.ofMillis(200)).moveByOffset(0, 4).pause(Duration.ofMillis(200)).release().perform();
        pm.await().until(ExpectedConditions.presenceOfElementLocated(cardInColumn("REVIEW", dragId)));
        site.await().withTimeout(Duration.ofSeconds(5))
                .until(ExpectedConditions.presenceOfElementLocated(cardInColumn("REVIEW", dragId)));

        // the server has both moves: a reload shows them where they were put
        pm.await().until(d -> Boards.card(Boards.board(Api.as("pm"), project), dragId).getJsonNumber("version").intValue() > 0
                && Boards.columnId(Boards.board(Api.as("pm"), project), "REVIEW")
                == Boards.card(Boards.board(Api.as("pm"), project), dragId).getJsonNumber("columnId").longValue());
        pmDriver.navigate().refresh();
        pm.await().until(ExpectedConditions.presenceOfElementLocated(cardInColumn("REVIEW", dragId)));
        assertThat(pmDriver.findElements(cardInColumn("IN_PROGRESS", keyed))).hasSize(1);
        assertThat(pmDriver.findElements(card(dragId))).hasSize(1);
        assertThat(pm.visible("column-head").getText()).isNotBlank();
    }
}
