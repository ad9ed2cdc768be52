package org.glossa.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.WebElement;

/**
 * With JavaScript turned off the essay is still whole: every note can be read at the end of its
 * page and back again, every glossary link leads to its definition, sidebars are open, the theme
 * follows the system and search falls back to the contents and the glossary index.
 */
class NoScriptIT {
    static SiteServer server;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        server = SiteServer.start();
        browser = Browser.withoutJavaScript();
    }

    @AfterAll
    static void stop() {
        browser.close();
        server.close();
    }

    /** The fixture and every page of the site that has notes or glossary links. */
    static Stream<String> pagesWithNotesOrTerms() {
        List<String> pages = new ArrayList<>();
        pages.add("fixture/section.html");
        for (String p : Site.readerPages()) {
            if (!Site.parse(p).select("a.noteref, a.term").isEmpty()) {
                pages.add(p);
            }
        }
        return pages.stream();
    }

    @Test
    void javascriptIsReallyOff() {
        browser.viewport(1000, 800).open(server.url("fixture/section.html"));
        assertFalse(browser.find("html").getAttribute("class") != null
                && browser.find("html").getAttribute("class").contains("js"));
        assertTrue(browser.findAll("#popover, aside.sidenote, button.search-button")
                .isEmpty());
    }

    @ParameterizedTest
    @MethodSource("pagesWithNotesOrTerms")
    void everyNoteAndDefinitionIsReadable(String page) {
        browser.viewport(1000, 800).colorScheme("light").open(server.url(page));
        for (WebElement ref : browser.findAll("a.noteref")) {
            String target = ref.getDomAttribute("href").substring(1);
            WebElement note = browser.find("[id='" + target + "']");
            assertTrue(note.isDisplayed(), "note " + target + " is shown at the end of the page");
            assertFalse(note.findElement(org.openqa.selenium.By.cssSelector(".note-body"))
                    .getText()
                    .isBlank());
            assertFalse(
                    note.findElements(org.openqa.selenium.By.cssSelector(
                                    "a.backlink[href='#" + ref.getDomAttribute("id") + "']"))
                            .isEmpty(),
                    "and links back to reference " + ref.getDomAttribute("id"));
        }
        Set<String> entries = new LinkedHashSet<>();
        for (WebElement term : browser.findAll("a.term")) {
            entries.add(term.getAttribute("href"));
        }
        for (String entry : entries) {
            browser.open(entry);
            assertFalse(
                    browser.driver.getTitle().startsWith("Page not found"),
                    "glossary link leads to an entry: " + entry);
            assertTrue(browser.find("main h1").isDisplayed());
            assertFalse(browser.find("main .summary").getText().isBlank(), "the entry shows its definition: " + entry);
        }
    }

    @Test
    void sidebarsAreOpen() {
        browser.viewport(375, 800).open(server.url("fixture/section.html"));
        for (WebElement box : browser.findAll(".sidebar-box")) {
            assertEquals(
                    "true",
                    box.findElement(org.openqa.selenium.By.tagName("details")).getDomProperty("open"));
        }
    }

    @Test
    void searchFallsBackToTheContentsAndTheGlossaryIndex() {
        browser.viewport(1000, 800).open(server.url("sources.html"));
        List<String> links = browser.findAll(".search-fallback a").stream()
                .map(a -> a.getDomAttribute("href"))
                .toList();
        assertTrue(links.stream().anyMatch(h -> h.endsWith("index.html#contents")), links.toString());
        if (Site.pages().contains("glossary/index.html")) {
            assertTrue(links.stream().anyMatch(h -> h.endsWith("glossary/index.html")), links.toString());
        }
        for (WebElement a : browser.findAll(".search-fallback a")) {
            assertTrue(a.isDisplayed());
        }
    }

    @Test
    void theThemeFollowsTheSystemAndTheMenuStillFolds() {
        browser.viewport(375, 800).colorScheme("dark").open(server.url("index.html"));
        assertTrue(ThemeIT.dark((String) browser.js("return getComputedStyle(document.body).backgroundColor")));
        browser.colorScheme("light").open(server.url("index.html"));
        assertFalse(ThemeIT.dark((String) browser.js("return getComputedStyle(document.body).backgroundColor")));
        WebElement link = browser.find(".site-nav a");
        assertFalse(link.isDisplayed());
        browser.find(".site-menu > summary").click();
        assertTrue((Boolean) browser.js("return arguments[0].checkVisibility()", link));
    }
}
