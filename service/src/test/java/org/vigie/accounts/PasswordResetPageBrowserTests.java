package org.vigie.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.vigie.support.Api;
import org.vigie.support.ApiTest;
import org.vigie.support.PhoneBrowser;

/** A member who forgot their password opens the mailed link on their phone, types the new one twice and signs in with it. */
class PasswordResetPageBrowserTests extends ApiTest {
    PhoneBrowser phone;

    @AfterEach
    void closeChromium() {
        if (phone != null) {
            phone.close();
        }
    }

    @Test
    void theMailedLinkOpensAFormThatChangesThePasswordInTheBrowsersLanguage() throws Exception {
        Api.MemberLogin member = api.newMember();
        assertThat(api.post(null, "/api/password-resets", Map.of("email", member.login().username())).status()).isEqualTo(202);
        String mail = jdbc.sql("SELECT body FROM outbox_message WHERE recipient = ? AND subject LIKE 'Réinitialisation%'")
                .param(member.login().username()).query(String.class).single();
        String link = mail.replaceAll("(?s).*?(http\\S+/password-reset/[A-Za-z0-9_-]+).*", "$1");

        phone = PhoneBrowser.open("en-CA,en");
        phone.driver().get(link);
        assertThat(phone.driver().getTitle()).isEqualTo("New password");
        assertThat(phone.script("return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling on a phone")
                .isEqualTo(true);
        phone.driver().findElement(By.id("password")).sendKeys("a-brand-new-secret");
        phone.driver().findElement(By.id("confirmation")).sendKeys("a-brand-new-secreT");
        phone.driver().findElement(By.id("submit")).click();
        assertThat(phone.await("error")).isEqualTo("The two passwords are not the same: type them again.");
        phone.screenshot("password-reset-slip.png");

        phone.driver().findElement(By.id("password")).sendKeys("a-brand-new-secret");
        phone.driver().findElement(By.id("confirmation")).sendKeys("a-brand-new-secret");
        phone.driver().findElement(By.id("submit")).click();
        assertThat(phone.await("done")).isEqualTo("Your password has been changed. Sign in with the new one.");
        assertThat(phone.driver().findElement(By.id("done")).getCssValue("background-color")).as("the service's stylesheet applies")
                .isEqualTo("rgba(229, 244, 234, 1)");
        phone.screenshot("password-reset-done.png");
        assertThat(phone.policyRefusals()).as("nothing refused by the page's policy, the form's post included").isEmpty();

        assertThat(api.get(new Api.Login(member.login().username(), "a-brand-new-secret"), "/api/me").status()).isEqualTo(200);
    }
}
