package org.glossa.reader;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver. Both paths are explicit, so
 * Selenium Manager never looks for (or downloads) a browser or a driver; every flag that would make
 * Chromium reach the network is off.
 */
final class Browser implements AutoCloseable {
    static final String CHROMIUM = System.getProperty("glossa.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("glossa.chromedriver", "/usr/bin/chromedriver");

    final ChromeDriver driver;
    private final Path profile;

    private Browser(boolean javascript) {
        try {
            profile = Files.createTempDirectory("glossa-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-extensions",
                "--hide-scrollbars",
                "--force-device-scale-factor=1",
                "--window-size=1440,1000",
                "--user-data-dir=" + profile);
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    static Browser start() {
        return new Browser(true);
    }

    static Browser withoutJavaScript() {
        return new Browser(false);
    }

    /** Sets the viewport; {@code mobile} also turns on touch, as on a phone. */
    Browser viewport(int width, int height) {
        boolean mobile = width < 760;
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
        driver.executeCdpCommand(
                "Emulation.setTouchEmulationEnabled",
                mobile ? Map.of("enabled", true, "maxTouchPoints", 5) : Map.of("enabled", false));
        return this;
    }

    /** What the operating system says: "light" or "dark". */
    Browser colorScheme(String scheme) {
        driver.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of("media", "", "features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        return this;
    }

    Browser media(String media) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
        return this;
    }

    /** Loads a page and waits until glossa.js (if it runs) has enhanced it. */
    Browser open(String url) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> "complete".equals(js("return document.readyState")));
        return this;
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** A PNG of the whole page at the current width. */
    void screenshot(Path file, int width) {
        Number height = (Number) js("return Math.ceil(document.documentElement.scrollHeight)");
        int h = Math.min(Math.max(height.intValue(), 200), 12000);
        Map<String, Object> shot = driver.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of("x", 0, "y", 0, "width", width, "height", h, "scale", 1)));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF as Chromium prints the page (print stylesheet). */
    void pdf(Path file) {
        Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF", Map.of("printBackground", true));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) pdf.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var s = Files.walk(profile)) {
                s.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
