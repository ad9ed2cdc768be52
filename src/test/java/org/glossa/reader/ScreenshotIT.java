package org.glossa.reader;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Screenshots for review, at a phone's and a laptop's width, in both themes: the home page, a section
 * with a sidebar, a glossary entry and the sources page, into {@code target/screenshots/}.
 */
class ScreenshotIT {
    static final Path OUT = Path.of(System.getProperty("glossa.screenshots", "target/screenshots"));
    static SiteServer server;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        server = SiteServer.start();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
        server.close();
    }

    static Map<String, String> pages(SiteServer server) {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", server.url("index.html"));
        pages.put(
                "section-with-sidebar",
                Site.first(d -> Site.type(d).equals("section")
                                && !d.select(".sidebar-box").isEmpty())
                        .map(server::url)
                        .orElse(server.url("fixture/section.html")));
        pages.put(
                "glossary-entry",
                server.url(Site.first(d -> Site.type(d).equals("glossary")).orElseThrow()));
        pages.put("sources", server.url("sources.html"));
        return pages;
    }

    @Test
    void homeSectionGlossaryAndSourcesAtTwoWidthsInBothThemes() throws Exception {
        int written = 0;
        for (Map.Entry<String, String> page : pages(server).entrySet()) {
            for (int width : new int[] {375, 1440}) {
                for (String theme : new String[] {"light", "dark"}) {
                    browser.viewport(width, width < 760 ? 800 : 1000)
                            .colorScheme(theme)
                            .open(page.getValue());
                    Path file = OUT.resolve(page.getKey() + "-" + width + "-" + theme + ".png");
                    browser.screenshot(file, width);
                    assertTrue(Files.size(file) > 5_000, file + " looks empty");
                    written++;
                }
            }
        }
        assertTrue(written == 16);
    }

    @Test
    void openPopoverMenuAndSearchForReview() throws Exception {
        String fixture = server.url("fixture/section.html");
        for (String theme : new String[] {"light", "dark"}) {
            browser.viewport(375, 800).colorScheme(theme).open(fixture);
            browser.js("document.querySelector('a.term').scrollIntoView({block: 'center'})");
            browser.js("document.querySelector('a.term').focus()");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(3))
                    .until(d -> browser.find("#popover").isDisplayed());
            shoot("popover-375-" + theme + ".png", 375);

            browser.viewport(375, 800).colorScheme(theme).open(fixture);
            browser.find(".site-menu > summary").click();
            shoot("menu-375-" + theme + ".png", 375);

            browser.viewport(1440, 1000).colorScheme(theme).open(server.url("index.html"));
            browser.find("button.search-button").click();
            new org.openqa.selenium.interactions.Actions(browser.driver)
                    .sendKeys("Ream")
                    .perform();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                    .until(d -> "Ream"
                            .equals(browser.js("return document.getElementById('search-results').dataset.query")));
            shoot("search-1440-" + theme + ".png", 1440);
        }
    }

    /** The window as it is (the popover, menu and dialog are positioned in it). */
    private void shoot(String name, int width) throws Exception {
        java.util.Map<String, Object> shot =
                browser.driver.executeCdpCommand("Page.captureScreenshot", java.util.Map.of("format", "png"));
        Path file = OUT.resolve(name);
        Files.createDirectories(OUT);
        Files.write(file, java.util.Base64.getDecoder().decode((String) shot.get("data")));
        assertTrue(Files.size(file) > 5_000, file + " looks empty");
    }
}
