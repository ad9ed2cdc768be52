package org.glossa.reader;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core (Deque's Selenium integration) on every page type, in both themes, at a phone's and a
 * laptop's width, and with the popover and the search dialog open: no violation of WCAG 2.0, 2.1
 * and 2.2 at levels A and AA.
 */
class AccessibilityIT {
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
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

    static Stream<Arguments> pagesAndThemes() {
        List<String> pages = new ArrayList<>(Site.onePerType());
        pages.add("fixture/section.html");
        List<Arguments> args = new ArrayList<>();
        for (String page : pages) {
            for (String theme : List.of("light", "dark")) {
                args.add(Arguments.of(page, theme));
            }
        }
        return args.stream();
    }

    static void assertNoViolations(Browser browser, String where) {
        Results results = new AxeBuilder().withTags(TAGS).analyze(browser.driver);
        StringBuilder report = new StringBuilder();
        for (Rule rule : results.getViolations()) {
            report.append("\n").append(rule.getId()).append(": ").append(rule.getHelp());
            for (CheckedNode node : rule.getNodes()) {
                report.append("\n    ")
                        .append(node.getTarget())
                        .append(" ")
                        .append(node.getFailureSummary().replace('\n', ' '));
            }
        }
        assertTrue(results.getViolations().isEmpty(), where + report);
        assertTrue(results.getPasses().size() > 10, "axe ran: " + where);
    }

    @ParameterizedTest
    @MethodSource("pagesAndThemes")
    void noViolationsOnAWideScreen(String page, String theme) {
        browser.viewport(1440, 1000).colorScheme(theme).open(server.url(page));
        assertNoViolations(browser, page + " at 1440 px, " + theme);
    }

    @ParameterizedTest
    @MethodSource("pagesAndThemes")
    void noViolationsOnAPhoneWithTheMenuOpen(String page, String theme) {
        browser.viewport(375, 800).colorScheme(theme).open(server.url(page));
        browser.find(".site-menu > summary").click();
        assertNoViolations(browser, page + " at 375 px, menu open, " + theme);
    }

    @ParameterizedTest
    @MethodSource("pagesAndThemes")
    void noViolationsWithThePopoverOrTheSearchDialogOpen(String page, String theme) {
        browser.viewport(1000, 800).colorScheme(theme).open(server.url(page));
        if (!browser.findAll("a.noteref, a.term").isEmpty()) {
            browser.js("arguments[0].focus()", browser.find("a.noteref, a.term"));
            new WebDriverWait(browser.driver, Duration.ofSeconds(3))
                    .until(d -> browser.find("#popover").isDisplayed());
            assertNoViolations(browser, page + " with a popover open, " + theme);
            new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
        }
        browser.find("button.search-button").click();
        new Actions(browser.driver).sendKeys("cambodia").perform();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> "cambodia"
                .equals(browser.js("return document.getElementById('search-results').dataset.query")));
        assertNoViolations(browser, page + " with search results, " + theme);
    }
}
