package org.vigie.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigie.support.Api;
import org.vigie.support.ApiTest;

/**
 * A person's e-mails are written in the language their account keeps: French until they choose English, or the language a
 * physician registered in. Answers keep following each request's Accept-Language.
 */
class MailLanguageApiIntegrationTests extends ApiTest {
    @Test
    void aMemberChoosesEnglishAndTheirResetLinkArrivesInEnglish() {
        Api.MemberLogin member = api.newMember();
        assertThat(api.get(member.login(), "/api/me").text("/language")).as("French until chosen").isEqualTo("fr");

        var unknown = api.put(member.login(), "/api/me/language", Map.of("language", "de"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text("/errors/0/field")).isEqualTo("language");
        assertThat(unknown.text("/detail")).isEqualTo("Langue inconnue : « de » (fr ou en).".replace("« ", "«\u00A0").replace(" »", "\u00A0»"));
        assertThat(api.with(Map.of("Accept-Language", "en")).put(member.login(), "/api/me/language", Map.of("language", "de"))
                .text("/detail")).isEqualTo("Unknown language: “de” (fr or en).");

        var chosen = api.put(member.login(), "/api/me/language", Map.of("language", "en"));
        assertThat(chosen.status()).isEqualTo(200);
        assertThat(chosen.text("/language")).isEqualTo("en");
        assertThat(api.get(member.login(), "/api/me").text("/language")).isEqualTo("en");

        assertThat(api.post(null, "/api/password-resets", Map.of("email", member.login().username())).status()).isEqualTo(202);
        var mail = jdbc.sql("SELECT subject, body FROM outbox_message WHERE recipient = ?").param(member.login().username())
                .query((rs, n) -> Map.of("subject", rs.getString(1), "body", rs.getString(2))).single();
        assertThat(mail.get("subject")).as("asked with no language at all: the account's").isEqualTo("Reset your password");
        assertThat(mail.get("body")).contains("/password-reset/");
    }

    @Test
    void aPhysicianWhoRegistersInEnglishGetsEnglishEMails() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        var created = api.with(Map.of("Accept-Language", "en-GB,en;q=0.9")).post(null, "/api/physicians",
                physician(unique));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        Api.Login physician = new Api.Login("dr-" + unique + "@example.org", Api.PASSWORD);
        assertThat(api.get(physician, "/api/me").text("/language")).isEqualTo("en");
        assertThat(api.post(null, "/api/password-resets", Map.of("email", physician.username())).status()).isEqualTo(202);
        assertThat(jdbc.sql("SELECT subject FROM outbox_message WHERE recipient = ?").param(physician.username()).query(String.class)
                .single()).as("asked without a language: the account's writes it").isEqualTo("Reset your password");

        var french = api.post(null, "/api/physicians", physician(unique + "f"));
        assertThat(api.get(new Api.Login("dr-" + unique + "f@example.org", Api.PASSWORD), "/api/me").text("/language"))
                .as(french.raw()).isEqualTo("fr");
    }

    @Test
    void staffRegisterAMemberInTheLanguageTheyGiveFrenchWhenNone() {
        Api.Login staff = api.newStaff("otpq");
        String unique = UUID.randomUUID().toString().substring(0, 8);
        var refused = api.post(staff, "/api/members", member(unique, "es"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("/errors/0/field")).isEqualTo("language");
        assertThat(api.get(staff, "/api/regulators/otpq/members?q=" + unique).text("/total")).as("nothing kept").isEqualTo("0");

        assertThat(api.post(staff, "/api/members", member(unique, "en")).status()).isEqualTo(201);
        assertThat(api.get(new Api.Login("m-" + unique + "@example.org", Api.PASSWORD), "/api/me").text("/language")).isEqualTo("en");
    }

    private static Map<String, Object> member(String unique, String language) {
        return Map.of("firstName", "Emma", "lastName", "Gélinas", "email", "m-" + unique + "@example.org", "password", Api.PASSWORD,
                "membership", Map.of("regulator", "otpq", "number", "L" + unique), "language", language);
    }

    private static Map<String, Object> physician(String unique) {
        return Map.of("lastName", "Martin", "firstName", "Claire", "email", "dr-" + unique + "@example.org", "password", Api.PASSWORD,
                "rpps", String.valueOf(10_000_000_000L + (long) (Math.random() * 89_999_999_999L)), "mainStructure", "Hôpital Saint-Louis",
                "practiceMode", "Hospitalier", "mobilePhone", "06 12 34 56 78", "cnp", "cnp-cardiologie");
    }
}
