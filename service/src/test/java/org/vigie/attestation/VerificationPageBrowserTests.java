package org.vigie.attestation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.vigie.support.Api;
import org.vigie.support.ApiTest;
import org.vigie.support.PhoneBrowser;

/**
 * The verification page as a holder's verifier sees it: Debian's Chromium, at a phone's size, opens the address read off
 * the printed QR code, under the policy the service sends. Screenshots are left in target/screenshots/.
 */
class VerificationPageBrowserTests extends ApiTest {
    PhoneBrowser phone;
    ChromeDriver browser;

    @BeforeEach
    void openChromium() {
        phone = PhoneBrowser.open("fr-CA,fr");
        browser = phone.driver();
    }

    @AfterEach
    void closeChromium() {
        if (phone != null) {
            phone.close();
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

        assertThat(phone.policyRefusals()).as("nothing refused by the page's policy").isEmpty();
    }

    private String text(String id) {
        return phone.text(id);
    }

    private Object script(String script) {
        return phone.script(script);
    }

    private void screenshot(String name) throws Exception {
        phone.screenshot(name);
    }
}
