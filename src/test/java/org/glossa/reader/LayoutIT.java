package org.glossa.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.WebElement;

/**
 * The page's columns as a reader sees them: one column on a phone, a margin column for the sidebar
 * box and the sidenotes on a wide screen, a readable measure, and a header that folds into a menu.
 */
class LayoutIT {
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

    static Stream<String> sidebarPages() {
        return withFixture(".sidebar-box");
    }

    static Stream<String> notePages() {
        return withFixture("a.noteref[data-note]");
    }

    private static Stream<String> withFixture(String selector) {
        List<String> pages = new ArrayList<>();
        pages.add("fixture/section.html");
        Site.first(d -> Site.type(d).equals("section") && !d.select(selector).isEmpty())
                .ifPresent(pages::add);
        return pages.stream();
    }

    static Stream<String> everyPageType() {
        List<String> pages = new ArrayList<>(Site.onePerType());
        pages.add("fixture/section.html");
        return pages.stream();
    }

    /** left, top, right, bottom in page coordinates, and whether it is rendered. */
    @SuppressWarnings("unchecked")
    private Map<String, Number> box(WebElement e) {
        return (Map<String, Number>) browser.js(
                """
                const r = arguments[0].getBoundingClientRect();
                return {left: r.left, right: r.right, top: r.top + scrollY, bottom: r.bottom + scrollY,
                        width: r.width, shown: arguments[0].checkVisibility() ? 1 : 0};""",
                e);
    }

    private static double d(Map<String, Number> box, String key) {
        return box.get(key).doubleValue();
    }

    /** The text column: the box of the page's paragraphs. */
    private Map<String, Number> textColumn() {
        return box(browser.find("main .prose > p"));
    }

    @ParameterizedTest
    @MethodSource("sidebarPages")
    void sidebarSitsBesideTheSectionAt1440(String page) {
        browser.viewport(1440, 1000).open(server.url(page));
        Map<String, Number> sidebar = box(browser.find(".sidebar-box"));
        Map<String, Number> text = textColumn();
        Map<String, Number> article = box(browser.find("main article"));
        assertEquals(1, sidebar.get("shown").intValue(), "the sidebar box is visible");
        assertTrue(
                d(sidebar, "left") >= d(text, "right") + 16,
                "in the margin, right of the text: " + sidebar + " " + text);
        assertTrue(d(sidebar, "right") <= 1440, "inside the window");
        assertTrue(
                d(sidebar, "top") >= d(article, "top") && d(sidebar, "top") < d(article, "bottom"),
                "beside its section");
        assertTrue(browser.find(".sidebar-box h2").isDisplayed(), "its title is readable");
    }

    @ParameterizedTest
    @MethodSource("sidebarPages")
    void sidebarIsAnInlineBoxAt375(String page) {
        browser.viewport(375, 800).open(server.url(page));
        Map<String, Number> sidebar = box(browser.find(".sidebar-box"));
        Map<String, Number> text = textColumn();
        assertEquals(1, sidebar.get("shown").intValue());
        assertTrue(
                Math.abs(d(sidebar, "left") - d(text, "left")) <= 1
                        && Math.abs(d(sidebar, "right") - d(text, "right")) <= 1,
                "in the text column, as wide as the text: " + sidebar + " " + text);
        assertTrue(browser.find(".sidebar-box summary").isDisplayed(), "collapsible: its summary is a control");
    }

    @ParameterizedTest
    @MethodSource("notePages")
    void sidenotesSitBesideTheirReferencesWithoutOverlapping(String page) {
        for (int width : new int[] {1440, 1200}) {
            browser.viewport(width, 1000).open(server.url(page));
            assertSidenotes();
        }
        // Re-laid out when the window changes: narrower than the margin column needs, they give way to popovers.
        browser.viewport(1440, 1000).open(server.url(page));
        browser.viewport(1000, 1000);
        browser.js("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        for (WebElement aside : browser.findAll("aside.sidenote")) {
            assertFalse(aside.isDisplayed(), "no sidenotes below 1200 px");
        }
        browser.viewport(1300, 1000);
        browser.js("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        assertSidenotes();
    }

    private void assertSidenotes() {
        Map<String, Number> text = textColumn();
        List<WebElement> asides = browser.findAll("aside.sidenote");
        assertFalse(asides.isEmpty(), "notes are copied into the margin");
        List<Map<String, Number>> placed = new ArrayList<>();
        for (WebElement aside : asides) {
            String note = aside.getAttribute("data-note");
            assertEquals("true", aside.getAttribute("aria-hidden"), "a copy, hidden from screen readers");
            Map<String, Number> b = box(aside);
            assertEquals(1, b.get("shown").intValue());
            assertTrue(d(b, "left") >= d(text, "right") + 16, "in the margin column");
            WebElement ref = browser.find("a.noteref[data-note='" + note + "']");
            assertTrue(d(b, "top") >= d(box(ref), "top") - 1, "never above its reference");
            String expected = (String) browser.js(
                    "return document.querySelector('#' + arguments[0] + ' .note-body').textContent.replace(/\\s+/g, ' ').trim()",
                    note);
            assertTrue(aside.getText().replaceAll("\\s+", " ").contains(expected), "the note's text");
            placed.add(b);
        }
        for (WebElement box : browser.findAll(".sidebar-box")) {
            placed.add(box(box));
        }
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                Map<String, Number> a = placed.get(i), b = placed.get(j);
                boolean apart = d(a, "bottom") <= d(b, "top")
                        || d(b, "bottom") <= d(a, "top")
                        || d(a, "right") <= d(b, "left")
                        || d(b, "right") <= d(a, "left");
                assertTrue(apart, "margin items overlap: " + a + " and " + b);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("notePages")
    void noteReferencesAreTargetsOfAtLeast24Pixels(String page) {
        for (int width : new int[] {375, 1440}) {
            browser.viewport(width, 900).open(server.url(page));
            for (WebElement ref : browser.findAll("a.noteref")) {
                @SuppressWarnings("unchecked")
                List<Number> size = (List<Number>)
                        browser.js("const r = arguments[0].getBoundingClientRect(); return [r.width, r.height];", ref);
                assertTrue(
                        size.get(0).doubleValue() >= 24 && size.get(1).doubleValue() >= 24,
                        ref.getDomAttribute("id") + " at " + width + " px is " + size);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("everyPageType")
    void oneColumnOnAPhoneWithTheMenuFolded(String page) {
        browser.viewport(375, 800).open(server.url(page));
        Number overflow = (Number)
                browser.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertTrue(overflow.intValue() <= 0, "no sideways scrolling at 375 px on " + page);
        WebElement menu = browser.find(".site-menu > summary");
        WebElement firstLink = browser.find(".site-nav a");
        assertTrue(reachable(menu), "a Menu button");
        assertFalse(reachable(firstLink), "the links are folded away");
        menu.click();
        assertTrue(reachable(firstLink), "the Menu button unfolds them");
    }

    /** Rendered, and the element a click at its centre would reach. */
    private boolean reachable(WebElement e) {
        return (Boolean) browser.js(
                """
                const e = arguments[0], r = e.getBoundingClientRect();
                if (!e.checkVisibility() || r.width === 0) return false;
                const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                return hit !== null && e.contains(hit);""",
                e);
    }

    @ParameterizedTest
    @MethodSource("everyPageType")
    void navigationIsOpenOnALaptop(String page) {
        browser.viewport(1440, 900).open(server.url(page));
        assertFalse(browser.find(".site-menu > summary").isDisplayed(), "no Menu button");
        List<WebElement> links = browser.findAll(".site-nav a");
        for (WebElement link : links) {
            assertTrue(reachable(link), link.getAttribute("textContent") + " is shown and can be clicked");
        }
        browser.js("arguments[0].focus()", browser.find(".site-title"));
        new org.openqa.selenium.interactions.Actions(browser.driver)
                .sendKeys(org.openqa.selenium.Keys.TAB)
                .perform();
        assertEquals(links.get(0), browser.driver.switchTo().activeElement(), "the keyboard reaches the links too");
    }

    @Test
    void theMeasureIsSixtyToSeventyFiveCharacters() {
        String page = Site.first(d -> Site.type(d).equals("section")).orElseThrow();
        for (int width : new int[] {1440, 1000}) {
            browser.viewport(width, 900).open(server.url(page));
            Number perLine = (Number)
                    browser.js(
                            """
                    let chars = 0, width = 0, column = 0;
                    for (const p of document.querySelectorAll('main .prose > p')) {
                      const range = document.createRange();
                      range.selectNodeContents(p);
                      for (const r of range.getClientRects()) width += r.width;
                      chars += p.textContent.length;
                      column = p.getBoundingClientRect().width;
                    }
                    return column / (width / chars);""");
            double cpl = perLine.doubleValue();
            System.out.printf("measure at %d px: %.1f characters per line%n", width, cpl);
            assertTrue(cpl >= 60 && cpl <= 75, "characters per line at " + width + " px: " + cpl);
        }
    }
}
