package org.vigie.attestation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.vigie.support.Api;
import org.vigie.support.ApiTest;
import org.vigie.support.DebianTools;

/**
 * The verification page as a holder's verifier sees it: Debian's Chromium, at a phone's size, opens the address read off
 * the printed QR code, under the policy the service sends. Screenshots are left in target/screenshots/.
 */
class VerificationPageBrowserTests extends ApiTest {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    ChromeDriver browser;

    @BeforeEach
    void openChromium() {
        String chromium = DebianTools.require("chromium", "chromium");
        String driver = DebianTools.require("chromedriver", "chromium-driver");
        ChromeOptions options = new ChromeOptions().setBinary(chromium)
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=fr-CA");
        // a phone's screen: 390 CSS pixels wide (headless Chromium's windows are at least 500)
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 1.0)));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-CA,fr"));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).build(), options);
    }

    @AfterEach
    void closeChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theAddressReadOffTheQrCodeOpensAStyledFrenchPageThatSaysValidThenRevokedWithItsLocalDate() throws Exception {
        clock.today(LocalDate.of(2026, 12, 2));
        AttestationApiIntegrationTests fixtures = borrow(AttestationApiIntegrationTests.class);
        var physician = fixtures.validatedPhysician();
        long pathwayId = fixtures.requested(physician);
        Api.Login cnp = api.newStaff(AttestationApiIntegrationTests.CARDIO);
        api.post(cnp, "/api/pathways/" + pathwayId + "/decision", Map.of("outcome", "VALIDATED"));
        String number = api.post(cnp, "/api/pathways/" + pathwayId + "/attestation", Map.of()).text("/number");
        String scanned = AttestationApiIntegrationTests.decodeQr(api.getBytes(physician.login(), "/api/attestations/" + number + "/pdf").bytes());

        browser.get(scanned);
        assertThat(text("verdict")).isEqualTo("Attestation valide");
        assertThat(text("number")).isEqualTo(number);
        assertThat(text("holder")).isEqualTo("Claire Martin");
        assertThat(text("regulator")).isEqualTo("Conseil national professionnel de cardiologie");
        assertThat(text("issued")).isEqualTo("2 décembre 2026");
        assertThat(text("period")).isEqualTo("du 1er janvier 2023 au 31 décembre 2025");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain(physician.rpps()).doesNotContain("Hôpital");
        assertThat(browser.findElement(By.id("verdict")).getCssValue("background-color")).as("the service's stylesheet applies")
                .isEqualTo("rgba(229, 244, 234, 1)");
        assertThat(script("return document.querySelector('img.logo').naturalWidth")).as("the regulator's logo loads").isNotEqualTo(0L);
        assertThat(script("return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling on a phone")
                .isEqualTo(true);
        screenshot("verification-page.png");

        api.post(cnp, "/api/attestations/" + number + "/revocation", Map.of("reason", "Délivrée par erreur"));
        browser.navigate().refresh();
        assertThat(text("verdict")).isEqualTo("Attestation révoquée");
        assertThat(browser.findElement(By.id("verdict")).getCssValue("background-color")).isEqualTo("rgba(253, 234, 234, 1)");
        assertThat(text("revoked")).as("in the council's local time").matches("2 décembre 2026 à \\d{1,2} h \\d\\d");
        screenshot("verification-page-revoked.png");

        browser.get(scanned.substring(0, scanned.indexOf("/verify/")) + "/verify/CNPCARDIOLOG-ZZZZZZZZZZ");
        assertThat(text("verdict")).isEqualTo("Attestation inconnue");
        screenshot("verification-page-unknown.png");

        assertThat(api.get(null, "/verify/CNPCARDIOLOG-ZZZZZZZZZZ").status()).isEqualTo(404);
        var english = api.get(null, "/verify/" + number, Map.of("Accept-Language", "en-CA,en;q=0.9,fr;q=0.5"));
        assertThat(english.raw()).contains("Revoked attestation", "Issued on", "December 2, 2026").doesNotContain("<script", "style=");

        List<LogEntry> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getMessage().contains("Content Security Policy") || e.getMessage().contains("Refused")).toList();
        assertThat(problems).as("nothing refused by the page's policy").isEmpty();
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }

    private Object script(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
