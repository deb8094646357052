package org.vigie.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigie.support.Api;
import org.vigie.support.ApiTest;

/**
 * The e-mailed reset link opens a page of the service (no script, a form posted to itself), in French or in English:
 * the password typed twice is changed once, a slip shows the form again with what to correct, a spent or expired link
 * shows no form.
 */
class PasswordResetPageApiIntegrationTests extends ApiTest {
    @Test
    void theMailedLinkOpensTheServicesPageWhoseFormChangesThePasswordOnce() {
        Api.MemberLogin member = api.newMember();
        String link = mailedLink(member.login().username());
        assertThat(link).as("the service's own page, at the address it listens on").startsWith("http://localhost:" + port + "/password-reset/");
        String path = link.substring(("http://localhost:" + port).length());

        Api.Response page = api.get(null, path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers().get("content-type").get(0)).startsWith("text/html");
        assertThat(page.headers().get("cache-control")).contains("no-store");
        assertThat(page.headers().get("content-security-policy").get(0)).contains("form-action 'self'").contains("default-src 'none'")
                .doesNotContain("script-src");
        assertThat(page.raw()).contains("<html lang=\"fr\">").contains("Nouveau mot de passe (au moins 8 caractères)")
                .contains("<form method=\"post\" action=\"" + path + "\">").doesNotContain("<script");

        Api.Response slip = submit(path, "un-nouveau-secret", "un-nouveau-secreT", Map.of());
        assertThat(slip.status()).isEqualTo(400);
        assertThat(slip.raw()).contains("Les deux mots de passe ne sont pas identiques : saisissez-les de nouveau.").contains("<form");
        Api.Response tooShort = submit(path, "court", "court", Map.of());
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.raw()).contains("Le mot de passe doit compter au moins 8 caractères.").contains("<form");
        Api.Response control = submit(path, "un-nouveau\u0001secret", "un-nouveau\u0001secret", Map.of());
        assertThat(control.status()).as("refused by the request's checks, said on the page").isEqualTo(400);
        assertThat(control.headers().get("content-type").get(0)).startsWith("text/html");
        assertThat(control.raw()).contains("caractère de contrôle (U+0001)").contains("<form");
        assertThat(api.get(member.login(), "/api/me").status()).as("nothing changed yet").isEqualTo(200);

        Api.Response done = submit(path, "un-nouveau-secret", "un-nouveau-secret", Map.of());
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.raw()).contains("Votre mot de passe est changé. Connectez-vous avec le nouveau.").doesNotContain("<form");
        assertThat(api.get(member.login(), "/api/me").status()).as("the old password").isEqualTo(401);
        assertThat(api.get(new Api.Login(member.login().username(), "un-nouveau-secret"), "/api/me").status()).isEqualTo(200);

        Api.Response spent = api.get(null, path);
        assertThat(spent.status()).isEqualTo(404);
        assertThat(spent.raw()).contains("pas valable (expiré, déjà utilisé ou inconnu)").doesNotContain("<form");
        Api.Response resent = submit(path, "encore-un-autre", "encore-un-autre", Map.of());
        assertThat(resent.status()).isEqualTo(400);
        assertThat(resent.raw()).contains("pas valable (expiré, déjà utilisé ou inconnu)").doesNotContain("<form");
        assertThat(api.get(new Api.Login(member.login().username(), "encore-un-autre"), "/api/me").status()).isEqualTo(401);
    }

    @Test
    void thePageSpeaksEnglishToABrowserThatPrefersItAndAnExpiredLinkShowsNoForm() {
        Api.MemberLogin member = api.newMember();
        String path = mailedLink(member.login().username()).substring(("http://localhost:" + port).length());
        Map<String, String> english = Map.of("Accept-Language", "en-CA,en;q=0.9");

        Api.Response page = api.get(null, path, english);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw()).contains("<html lang=\"en\">").contains("New password (at least 8 characters)").contains("Change the password");
        Api.Response slip = submit(path, "one-new-secret", "another-secret", english);
        assertThat(slip.raw()).contains("The two passwords are not the same: type them again.");

        clock.move(Duration.ofMinutes(61)); // the link works 60 minutes
        Api.Response expired = api.get(null, path, english);
        assertThat(expired.status()).isEqualTo(404);
        assertThat(expired.raw()).contains("This reset link is not valid (expired, already used or unknown). Ask for a new one.")
                .doesNotContain("<form");
        assertThat(api.get(null, "/password-reset/unknown-token").status()).isEqualTo(404);
    }

    private String mailedLink(String username) {
        assertThat(api.post(null, "/api/password-resets", Map.of("email", username)).status()).isEqualTo(202);
        String mail = jdbc.sql("SELECT body FROM outbox_message WHERE recipient = ? AND subject LIKE 'Réinitialisation%'")
                .param(username).query(String.class).single();
        return mail.replaceAll("(?s).*?(http\\S+/password-reset/[A-Za-z0-9_-]+).*", "$1");
    }

    private Api.Response submit(String path, String password, String confirmation, Map<String, String> headers) {
        String form = "password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&confirmation="
                + URLEncoder.encode(confirmation, StandardCharsets.UTF_8);
        return api.send(null, java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form))
                .header("Content-Type", "application/x-www-form-urlencoded"), headers);
    }
}
