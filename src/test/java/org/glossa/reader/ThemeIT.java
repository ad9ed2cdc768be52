package org.glossa.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Dark mode: the page follows the operating system; the reader's light / dark / auto choice is
 * remembered across pages and applied before the first paint (no flash of the other theme).
 */
class ThemeIT {
    static SiteServer server;
    static Browser browser;

    /**
     * Records, when the parser first inserts {@code <body>}, the theme and background it has. A
     * theme applied later (a deferred script) is caught whenever the parser yields before running
     * it; BudgetIT checks the other half, that theme.js blocks in the head.
     */
    static final String FIRST_PAINT_PROBE =
            """
            window.__atBody = null;
            new MutationObserver((records, observer) => {
              if (!document.body) return;
              window.__atBody = {theme: document.documentElement.getAttribute('data-theme'),
                                 background: getComputedStyle(document.body).backgroundColor};
              observer.disconnect();
            }).observe(document, {childList: true, subtree: true});""";

    @BeforeAll
    static void start() throws Exception {
        server = SiteServer.start();
        browser = Browser.start();
        browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", FIRST_PAINT_PROBE));
    }

    @AfterAll
    static void stop() {
        browser.close();
        server.close();
    }

    @AfterEach
    void forget() {
        browser.js("localStorage.clear()");
    }

    static boolean dark(String cssColor) {
        String[] rgb = cssColor.replaceAll("[^0-9,]", "").split(",");
        int sum = Integer.parseInt(rgb[0]) + Integer.parseInt(rgb[1]) + Integer.parseInt(rgb[2]);
        return sum < 3 * 128;
    }

    private String background() {
        return (String) browser.js("return getComputedStyle(document.body).backgroundColor");
    }

    @SuppressWarnings("unchecked")
    private String backgroundAtFirstPaint() {
        Map<String, Object> at = (Map<String, Object>) browser.js("return window.__atBody");
        return (String) at.get("background");
    }

    private WebElement toggle() {
        return browser.find("button.theme-toggle");
    }

    private void choose(String theme) {
        for (int i = 0; i < 3 && !theme.equals(toggle().getAttribute("data-theme-choice")); i++) {
            toggle().click();
        }
        assertEquals("Theme: " + theme, toggle().getText());
    }

    @Test
    void followsTheOperatingSystem() {
        browser.viewport(1000, 800).colorScheme("dark").open(server.url("index.html"));
        assertTrue(dark(background()), "dark when the system is dark");
        assertEquals("Theme: auto", toggle().getText());
        browser.colorScheme("light").open(server.url("index.html"));
        assertTrue(!dark(background()), "light when the system is light");
    }

    @Test
    void aDarkChoicePersistsAcrossNavigationWithoutAFlash() {
        browser.viewport(1000, 800).colorScheme("light").open(server.url("index.html"));
        choose("dark");
        assertEquals("dark", browser.find("html").getAttribute("data-theme"));
        assertTrue(dark(background()));

        // Follow a link in the page, as a reader would.
        String target = browser.find("nav.contents a, .contents-list a").getAttribute("href");
        browser.find("nav.contents a, .contents-list a").click();
        browser.open(target);
        assertEquals("dark", browser.find("html").getAttribute("data-theme"), "remembered on the next page");
        assertTrue(dark(background()));
        assertTrue(dark(backgroundAtFirstPaint()), "dark from the first paint: " + backgroundAtFirstPaint());
        assertEquals("Theme: dark", toggle().getText());

        // And on the way back.
        browser.driver.navigate().back();
        browser.open(browser.driver.getCurrentUrl());
        assertTrue(dark(backgroundAtFirstPaint()));
    }

    @Test
    void aLightChoiceOverridesADarkSystemAndAutoFollowsItAgain() {
        browser.viewport(1000, 800).colorScheme("dark").open(server.url("sources.html"));
        choose("light");
        browser.driver
                .findElement(By.cssSelector(".site-footer a[href$='index.html#contents']"))
                .click();
        browser.open(browser.driver.getCurrentUrl());
        assertTrue(
                !dark(background()) && !dark(backgroundAtFirstPaint()), "light on a dark system, from the first paint");

        choose("auto");
        assertNull(browser.find("html").getAttribute("data-theme"));
        assertTrue(dark(background()), "auto follows the dark system again");
        browser.open(server.url("sources.html"));
        assertTrue(dark(backgroundAtFirstPaint()));
    }
}
