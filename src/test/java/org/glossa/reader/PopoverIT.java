package org.glossa.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The one popover for note and glossary previews, as WCAG 2.2 SC 1.4.13 asks: it opens on hover,
 * keyboard focus and tap; Esc closes it without moving focus; it stays while hovered; a second tap
 * or a tap outside closes it. Runs on the contract fixture and, once the site has notes and
 * glossary links, on the first real page that has them.
 */
class PopoverIT {
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

    static Stream<String> notePages() {
        return pages("a.noteref[data-note]");
    }

    static Stream<String> termPages() {
        return pages("a.term[data-term]");
    }

    private static Stream<String> pages(String selector) {
        List<String> pages = new ArrayList<>();
        pages.add("fixture/section.html");
        Site.first(d -> !d.select(selector).isEmpty()).ifPresent(pages::add);
        return pages.stream();
    }

    private WebElement popover() {
        return browser.find("#popover");
    }

    private void waitOpen() {
        new WebDriverWait(browser.driver, Duration.ofSeconds(3))
                .until(d -> popover().isDisplayed());
    }

    private void waitClosed() {
        new WebDriverWait(browser.driver, Duration.ofSeconds(3))
                .until(d -> !popover().isDisplayed());
    }

    /** The text of the note or definition the link previews, as the page holds it for readers without JS. */
    private String previewed(WebElement link) {
        String script = link.getAttribute("data-note") != null
                ? "return document.querySelector('#' + arguments[0].dataset.note + ' .note-body').textContent"
                : "return document.getElementById('def-' + arguments[0].dataset.term).textContent";
        return ((String) browser.js(script, link)).replaceAll("\\s+", " ").strip();
    }

    private String popoverText() {
        return ((String) browser.js("return document.getElementById('popover').textContent"))
                .replaceAll("\\s+", " ")
                .strip();
    }

    private void assertDescribes(WebElement link) {
        String describedBy = link.getAttribute("aria-describedby");
        assertNotNull(describedBy, "the link names the open popover as its description");
        assertTrue(describedBy.contains("popover"));
        assertEquals("tooltip", popover().getAttribute("role"));
    }

    private void hoverShowsAndStays(String page, String selector) throws InterruptedException {
        browser.viewport(1000, 800).colorScheme("light").open(server.url(page));
        WebElement link = browser.find(selector);
        browser.js("arguments[0].scrollIntoView({block: 'center'})", link);
        new Actions(browser.driver).moveToElement(link).perform();
        waitOpen();
        assertTrue(popoverText().contains(previewed(link)), "the popover shows the note or definition");
        assertDescribes(link);

        // Hoverable: the pointer can move onto the popover (to read it, scroll it, follow a link) and it stays.
        new Actions(browser.driver).moveToElement(popover()).perform();
        Thread.sleep(700);
        assertTrue(popover().isDisplayed(), "stays open while the pointer is over it");

        // Leaving both closes it.
        new Actions(browser.driver).moveToElement(browser.find("h1")).perform();
        waitClosed();
        assertEquals(null, link.getAttribute("aria-describedby"));
    }

    private void focusShowsAndEscapeCloses(String page, String selector) {
        browser.viewport(1000, 800).colorScheme("light").open(server.url(page));
        WebElement link = browser.find(selector);
        // Reach the link with the keyboard: focus whatever comes before it, then Tab.
        browser.js(
                """
                const link = arguments[0];
                const all = [...document.querySelectorAll('a[href], button, summary, input')].filter(e => e.offsetParent !== null || e === link);
                all[all.indexOf(link) - 1].focus();""",
                link);
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        assertEquals(link, browser.driver.switchTo().activeElement(), "Tab reaches the link");
        waitOpen();
        assertTrue(popoverText().contains(previewed(link)));
        assertDescribes(link);

        new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
        waitClosed();
        assertEquals(link, browser.driver.switchTo().activeElement(), "Esc closes without moving focus");

        // Tabbing on closes nothing that is open and opens nothing else by itself.
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        WebElement next = browser.driver.switchTo().activeElement();
        if (!next.getAttribute("class").matches(".*\\b(noteref|term)\\b.*")) {
            assertFalse(popover().isDisplayed());
        }
    }

    private void tap(WebElement element) {
        PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
        Sequence tap = new Sequence(finger, 0)
                .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(element), 0, 0))
                .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        browser.driver.perform(List.of(tap));
    }

    private void tapOpensAndSecondTapCloses(String page, String selector) throws InterruptedException {
        browser.viewport(375, 740).colorScheme("light").open(server.url(page));
        String before = browser.driver.getCurrentUrl();
        WebElement link = browser.find(selector);
        browser.js("arguments[0].scrollIntoView({block: 'center'})", link);
        tap(link);
        waitOpen();
        assertTrue(popoverText().contains(previewed(link)));
        assertEquals(before, browser.driver.getCurrentUrl(), "the first tap previews instead of following the link");
        assertInsideViewport(popover());

        Thread.sleep(300);
        assertTrue(popover().isDisplayed(), "persistent: stays open until dismissed");
        tap(link);
        waitClosed();
        assertEquals(before, browser.driver.getCurrentUrl(), "a second tap closes");

        tap(link);
        waitOpen();
        tap(browser.find("h1"));
        waitClosed();
    }

    private void assertInsideViewport(WebElement e) {
        @SuppressWarnings("unchecked")
        List<Number> r = (List<Number>) browser.js(
                """
                const r = arguments[0].getBoundingClientRect();
                return [r.left, r.right, document.documentElement.clientWidth];""",
                e);
        assertTrue(
                r.get(0).doubleValue() >= 0
                        && r.get(1).doubleValue() <= r.get(2).doubleValue(),
                "the popover fits the screen's width: " + r);
    }

    @ParameterizedTest
    @MethodSource("notePages")
    void notePreviewOpensOnHoverAndStaysWhileHovered(String page) throws Exception {
        hoverShowsAndStays(page, "a.noteref[data-note]");
    }

    @ParameterizedTest
    @MethodSource("notePages")
    void notePreviewOpensOnKeyboardFocusAndEscapeClosesIt(String page) {
        focusShowsAndEscapeCloses(page, "a.noteref[data-note]");
    }

    @ParameterizedTest
    @MethodSource("notePages")
    void notePreviewOpensOnTapAndClosesOnSecondTapOrOutside(String page) throws Exception {
        tapOpensAndSecondTapCloses(page, "a.noteref[data-note]");
    }

    @ParameterizedTest
    @MethodSource("notePages")
    void notePreviewLinksToTheEndnote(String page) {
        browser.viewport(1000, 800).open(server.url(page));
        WebElement link = browser.find("a.noteref[data-note]");
        browser.js("arguments[0].focus()", link);
        waitOpen();
        WebElement go = popover().findElement(org.openqa.selenium.By.cssSelector(".popover-more a"));
        assertEquals("#" + link.getAttribute("data-note"), go.getDomAttribute("href"));
    }

    @ParameterizedTest
    @MethodSource("termPages")
    void glossaryPreviewOpensOnHover(String page) throws Exception {
        hoverShowsAndStays(page, "a.term[data-term]");
        WebElement link = browser.find("a.term[data-term]");
        new Actions(browser.driver).moveToElement(link).perform();
        waitOpen();
        WebElement more = popover().findElement(org.openqa.selenium.By.linkText("Read more"));
        assertTrue(
                more.getAttribute("href").endsWith("/glossary/" + link.getAttribute("data-term") + ".html"),
                "the preview offers the full entry");
    }

    @ParameterizedTest
    @MethodSource("termPages")
    void glossaryPreviewOpensOnKeyboardFocusAndEscapeClosesIt(String page) {
        focusShowsAndEscapeCloses(page, "a.term[data-term]");
    }

    @ParameterizedTest
    @MethodSource("termPages")
    void glossaryPreviewOpensOnTap(String page) throws Exception {
        tapOpensAndSecondTapCloses(page, "a.term[data-term]");
    }
}
