package org.glossa.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.WebElement;

/**
 * On paper: notes as endnotes, the sidebar boxed, the address of every external link printed,
 * navigation and search left out, nothing cut off. PDFs go to target/screenshots/ for review.
 */
class PrintIT {
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

    static Stream<String> pages() {
        List<String> pages = new ArrayList<>();
        pages.add("fixture/section.html");
        pages.addAll(Site.onePerType());
        return pages.stream();
    }

    private String style(WebElement e, String property) {
        return (String) browser.js("return getComputedStyle(arguments[0]).getPropertyValue(arguments[1])", e, property);
    }

    @ParameterizedTest
    @MethodSource("pages")
    void printsTheTextNotesAndLinkAddressesWithoutTheScreenFurniture(String page) throws Exception {
        // Wide and dark on screen, so sidenotes exist and the print colours must win.
        browser.viewport(1440, 1000).open(server.url(page));
        browser.js("document.documentElement.setAttribute('data-theme', 'dark')");
        browser.media("print");
        for (String hidden :
                List.of(".site-header", ".site-tools", ".pager", ".sidenote", ".skip-link", ".breadcrumb")) {
            for (WebElement e : browser.findAll(hidden)) {
                assertEquals("none", style(e, "display"), hidden + " is not printed");
            }
        }
        assertEquals("rgb(255, 255, 255)", style(browser.find("body"), "background-color"), "white paper");
        for (WebElement notes : browser.findAll(".endnotes")) {
            assertTrue(notes.isDisplayed(), "endnotes are printed");
        }
        for (WebElement box : browser.findAll(".sidebar-box")) {
            assertEquals("none", style(box, "float"), "the sidebar box is in the flow");
            for (String side : List.of("top", "right", "bottom", "left")) {
                assertFalse(style(box, "border-" + side + "-width").equals("0px"), "boxed on the " + side);
            }
        }
        for (WebElement a : browser.findAll("main a[href^='http'], footer a[href^='http']")) {
            String after = (String) browser.js("return getComputedStyle(arguments[0], '::after').content", a);
            // Citations and bibliography entries show their URL or DOI as the link's own text.
            boolean shownAsText = a.getDomProperty("textContent").strip().equals(a.getDomAttribute("href"));
            assertTrue(
                    shownAsText || after.contains(a.getDomAttribute("href")),
                    "the address of " + a.getDomAttribute("href") + " is printed");
        }
        // Nothing clipped: no box in the text scrolls or hides what overflows it.
        @SuppressWarnings("unchecked")
        List<String> clipped = (List<String>)
                browser.js(
                        """
                const out = [];
                for (const e of document.querySelectorAll('main *')) {
                  const s = getComputedStyle(e);
                  if (s.display === 'none' || e.closest('.visually-hidden')) continue;
                  if (e.scrollWidth > e.clientWidth + 1 && /(auto|scroll|hidden)/.test(s.overflowX)) out.push(e.tagName + '.' + e.className);
                }
                if (document.documentElement.scrollWidth > document.documentElement.clientWidth + 1) out.push('page');
                return out;""");
        assertTrue(clipped.isEmpty(), "clipped when printed: " + clipped);
        String name = page.replace('/', '-').replace(".html", "");
        browser.pdf(ScreenshotIT.OUT.resolve("print-" + name + ".pdf"));
        assertTrue(Files.size(ScreenshotIT.OUT.resolve("print-" + name + ".pdf")) > 1000);
    }
}
