package org.vigie.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's Chromium, headless, at a phone's size (390 CSS pixels wide), preferring the languages given: how the tests
 * look at the service's pages as the people who open them do. Screenshots are left in target/screenshots/.
 */
public final class PhoneBrowser implements AutoCloseable {
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;

    private PhoneBrowser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** A browser whose Accept-Language is {@code languages} (e.g. "fr-CA,fr"), its first one its interface's. */
    public static PhoneBrowser open(String languages) {
        String chromium = DebianTools.require("chromium", "chromium");
        String chromedriver = DebianTools.require("chromedriver", "chromium-driver");
        ChromeOptions options = new ChromeOptions().setBinary(chromium)
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=" + languages.split(",")[0]);
        // a phone's screen: 390 CSS pixels wide (headless Chromium's windows are at least 500)
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 1.0)));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", languages));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        return new PhoneBrowser(new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver)).build(), options));
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** The visible text of the element with this id. */
    public String text(String id) {
        return driver.findElement(By.id(id)).getText().strip();
    }

    /**
     * The text of the element with this id once the page that has it has loaded: after a form is sent, the browser
     * answers the click before the next page arrives. Ten seconds at most.
     */
    public String await(String id) {
        long until = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (true) {
            List<org.openqa.selenium.WebElement> found = driver.findElements(By.id(id));
            if (!found.isEmpty()) {
                return found.get(0).getText().strip();
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("no element #" + id + " on " + driver.getCurrentUrl() + ":\n" + driver.getPageSource());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    public Object script(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    public void screenshot(String name) throws java.io.IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** What the browser's console says the page's policy refused: nothing, for a page that keeps to it. */
    public List<LogEntry> policyRefusals() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getMessage().contains("Content Security Policy") || e.getMessage().contains("Refused")).toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
