package org.glossa.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search: the index the build writes covers the essay, loads only when the reader starts searching,
 * and a search for "Ream" leads to the right heading by keyboard alone.
 */
class SearchIT {
    static SiteServer server;
    static Browser browser;
    static JsonArray docs;

    @BeforeAll
    static void start() throws Exception {
        server = SiteServer.start();
        browser = Browser.start();
        String json = Files.readString(Site.dir().resolve("search-index.json"), StandardCharsets.UTF_8);
        docs = JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("docs");
    }

    @AfterAll
    static void stop() {
        browser.close();
        server.close();
    }

    private static List<JsonObject> entries() {
        List<JsonObject> list = new ArrayList<>();
        for (JsonElement e : docs) {
            list.add(e.getAsJsonObject());
        }
        return list;
    }

    @Test
    void theIndexCoversHeadingsGlossarySidebarsAndSourcesAndEveryResultLinkWorks() {
        Set<String> urls = new HashSet<>();
        for (JsonObject e : entries()) {
            String url = e.get("url").getAsString();
            urls.add(url);
            String file = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
            assertTrue(Files.isRegularFile(Site.dir().resolve(file)), "result page exists: " + url);
            if (url.contains("#")) {
                String id = url.substring(url.indexOf('#') + 1);
                assertFalse(Site.parse(file).select("[id=" + id + "]").isEmpty(), "result anchor exists: " + url);
            }
        }
        for (String page : Site.readerPages()) {
            Document doc = Site.parse(page);
            String type = Site.type(doc);
            if (type.equals("section") || type.equals("sidebar")) {
                for (Element h : doc.select("main .prose > h2[id], main .prose > h3[id]")) {
                    assertTrue(urls.contains(page + "#" + h.id()), "heading indexed: " + page + "#" + h.id());
                }
            }
            if (type.equals("glossary")) {
                assertTrue(urls.contains(page), "glossary entry indexed: " + page);
            }
            if (type.equals("sources")) {
                for (Element li : doc.select("li[id^=src-]")) {
                    assertTrue(urls.contains(page + "#" + li.id()), "source indexed: " + li.id());
                }
            }
        }
        JsonObject ream = entries().stream()
                .filter(e -> e.get("url")
                        .getAsString()
                        .equals(Site.first(d -> Site.type(d).equals("glossary")
                                        && d.select("h1").text().equals("Ream Naval Base"))
                                .orElseThrow()))
                .findFirst()
                .orElseThrow();
        assertTrue(ream.getAsJsonArray("aliases").toString().contains("\"Ream\""), "aliases are searchable");
    }

    private void openSearch() {
        browser.find("button.search-button").click();
        WebElement input = browser.find("#search-input");
        new WebDriverWait(browser.driver, Duration.ofSeconds(5))
                .until(d -> input.equals(d.switchTo().activeElement()));
    }

    private List<WebElement> search(String query) {
        new Actions(browser.driver).sendKeys(query).perform();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> String.valueOf(
                        browser.js("return document.getElementById('search-results').dataset.query"))
                .equals(browser.find("#search-input").getDomProperty("value").trim()));
        return browser.findAll("#search-results a");
    }

    private boolean dialogShown() {
        return (Boolean) browser.js(
                "const d = document.querySelector('dialog.search-dialog'); return d.open && d.checkVisibility()");
    }

    @SuppressWarnings("unchecked")
    private List<String> loaded() {
        return (List<String>) browser.js("return performance.getEntriesByType('resource').map(e => e.name)");
    }

    @Test
    void theIndexAndLibraryLoadOnlyWhenTheReaderStartsSearching() {
        browser.viewport(1200, 900).open(server.url("index.html"));
        assertTrue(
                loaded().stream().noneMatch(n -> n.endsWith("search-index.json") || n.endsWith("lunr.min.js")),
                "nothing for search is fetched with the page");
        openSearch();
        search("Ream");
        assertTrue(loaded().stream().anyMatch(n -> n.endsWith("search-index.json")));
        assertTrue(loaded().stream().anyMatch(n -> n.endsWith("js/lunr.min.js")));
    }

    @Test
    void searchingReamLandsOnTheHeadingThatDiscussesIt() {
        // Where Ream is discussed in the essay itself: the heading of that part of a section.
        List<String> expected = entries().stream()
                .filter(e -> e.get("kind").getAsString().startsWith("Part")
                        && e.get("url").getAsString().contains("#"))
                .filter(e -> e.get("text").getAsString().contains("Ream"))
                .map(e -> e.get("url").getAsString())
                .toList();
        assertFalse(expected.isEmpty());

        String from = Site.first(d -> Site.type(d).equals("glossaryindex")).orElse("index.html");
        browser.viewport(1200, 900).open(server.url(from));
        openSearch();
        List<WebElement> results = search("Ream");
        assertTrue(results.size() >= 2);
        assertTrue(results.get(0).getText().contains("Ream Naval Base"), "the glossary entry ranks first");
        assertTrue(
                results.get(0)
                        .findElement(org.openqa.selenium.By.cssSelector("mark"))
                        .getText()
                        .equalsIgnoreCase("Ream"),
                "the match is marked");

        int target = -1;
        for (int i = 0; i < results.size() && target < 0; i++) {
            String href = results.get(i).getDomAttribute("href");
            for (String url : expected) {
                if (href.endsWith(url)) {
                    target = i;
                }
            }
        }
        assertTrue(target >= 0, "a result links to the heading " + expected);
        WebElement hit = results.get(target);
        assertTrue(
                hit.findElement(org.openqa.selenium.By.cssSelector(".result-snippet mark"))
                        .isDisplayed(),
                "its snippet marks the match");
        String href = hit.getDomAttribute("href");

        // Keyboard only: arrows down to that result, Enter opens it.
        Actions keys = new Actions(browser.driver);
        for (int i = 0; i <= target; i++) {
            keys.sendKeys(Keys.ARROW_DOWN);
        }
        keys.perform();
        assertEquals(hit, browser.driver.switchTo().activeElement());
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        String id = href.substring(href.indexOf('#') + 1);
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith(href.replace("../", "")));
        browser.open(browser.driver.getCurrentUrl());
        Number top =
                (Number) browser.js("return document.getElementById(arguments[0]).getBoundingClientRect().top", id);
        assertTrue(
                top.doubleValue() >= -1 && top.doubleValue() < 300, "the heading is at the top of the window: " + top);
    }

    @Test
    void arrowsMoveThroughResultsAndEscapeClosesTheDialog() {
        browser.viewport(375, 800).open(server.url("sources.html"));
        WebElement button = browser.find("button.search-button");
        openSearch();
        List<WebElement> results = search("Sihanouk");
        assertTrue(results.size() >= 2);
        new Actions(browser.driver).sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN).perform();
        assertEquals(results.get(1), browser.driver.switchTo().activeElement());
        new Actions(browser.driver).sendKeys(Keys.ARROW_UP, Keys.ARROW_UP).perform();
        assertEquals(
                browser.find("#search-input"), browser.driver.switchTo().activeElement(), "back to the search box");
        new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
        assertFalse(dialogShown(), "Esc closes the dialog");
        assertEquals(button, browser.driver.switchTo().activeElement(), "focus returns to the Search button");

        // "/" opens search from anywhere on the page.
        new Actions(browser.driver).sendKeys("/").perform();
        assertTrue(dialogShown(), "/ opens it");
        assertTrue(search("zzzzqqq").isEmpty());
        assertTrue(browser.find("#search-status").getText().startsWith("No results"));
    }
}
