package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigie.support.Api;
import org.vigie.support.ApiTest;

/**
 * The problems every module answers with read in the caller's language: English when Accept-Language asks for it, French
 * without the header (Spring's and Tomcat's own answers were in English before, whatever the caller). Through the whole
 * chain: a route that does not exist, a body that is not JSON or holds a field too long, the security filters (a bad
 * session, a wrong password, a lock), a refusal by a controller, the firewall, Tomcat.
 */
class EnglishProblemsApiIntegrationTests extends ApiTest {
    static final Map<String, String> ENGLISH = Map.of("Accept-Language", "en-CA,en;q=0.9");

    private Api english() {
        return api.with(ENGLISH);
    }

    private static Map<String, Object> newMember(String email) {
        Map<String, Object> membership = new HashMap<>(Map.of("regulator", "otpq", "number", "N" + UUID.randomUUID().toString().substring(0, 8)));
        return new HashMap<>(Map.of("firstName", "Julie", "lastName", "Tremblay", "email", email, "password", "motdepasse-123",
                "membership", membership));
    }

    private static String email() {
        return "julie-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    @Test
    void anUnknownRouteIsNotFoundInTheCallersLanguage() {
        var english = english().get(Api.admin(), "/api/nothing-here");
        assertThat(english.status()).isEqualTo(404);
        assertThat(english.text("/title")).isEqualTo("Not found");
        assertThat(english.text("/detail")).isEqualTo("No resource answers at this address.");

        var french = api.get(Api.admin(), "/api/nothing-here");
        assertThat(french.text("/title")).isEqualTo("Introuvable");
        assertThat(french.text("/detail")).isEqualTo("Aucune ressource ne répond à cette adresse.");
    }

    @Test
    void theErrorPageTheFirewallAndTomcatAnswerInTheCallersLanguage() {
        var errorPage = english().get(null, "/error");
        assertThat(errorPage.status()).isEqualTo(404);
        assertThat(errorPage.text("/title")).isEqualTo("Not found");
        assertThat(api.get(null, "/error").text("/title")).isEqualTo("Introuvable");

        var firewall = english().get(Api.admin(), "/api//me");
        assertThat(firewall.status()).isEqualTo(400);
        assertThat(firewall.text("/title")).isEqualTo("Invalid request");
        assertThat(firewall.text("/detail")).isEqualTo("The request's address holds refused characters or segments: it was not processed.");
        assertThat(api.get(Api.admin(), "/api//me").text("/detail"))
                .isEqualTo("L'adresse de la requête contient des caractères ou des segments refusés : elle n'a pas été traitée.");

        var tomcat = english().get(Api.admin(), "/api/me%00");
        assertThat(tomcat.status()).isEqualTo(400);
        assertThat(tomcat.text("/title")).isEqualTo("Invalid request");
        assertThat(tomcat.text("/detail")).isEqualTo("The request is malformed (address, headers or body): it was not processed.");
        assertThat(api.get(Api.admin(), "/api/me%00").text("/detail"))
                .isEqualTo("La requête est mal formée (adresse, en-têtes ou corps) : elle n'a pas été traitée.");

        var method = english().delete(Api.admin(), "/api/me");
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.text("/title")).isEqualTo("Method not allowed");
        assertThat(api.delete(Api.admin(), "/api/me").text("/detail")).isEqualTo("Cette ressource ne répond pas à cette méthode HTTP.");
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedInTheCallersLanguage() {
        var english = english().raw(Api.admin(), "POST", "/api/members", "{\"firstName\": ");
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.text("/title")).isEqualTo("Invalid request");
        assertThat(english.text("/detail")).isEqualTo("The request body is not valid JSON.");
        assertThat(english.text("/field")).isEqualTo("body");

        var french = api.raw(Api.admin(), "POST", "/api/members", "{\"firstName\": ");
        assertThat(french.text("/title")).isEqualTo("Requête invalide");
        assertThat(french.text("/detail")).isEqualTo("Le corps de la requête n'est pas du JSON valide.");

        var unknown = english().raw(Api.admin(), "POST", "/api/members", "{\"nickname\": \"Ju\"}");
        assertThat(unknown.text("/detail")).isEqualTo("Unknown field: nickname.");
        assertThat(api.raw(Api.admin(), "POST", "/api/members", "{\"nickname\": \"Ju\"}").text("/detail")).isEqualTo("Champ inconnu : nickname.");
    }

    @Test
    void aFieldTooLongIsRefusedWithTheWholeSentenceInTheCallersLanguage() {
        Map<String, Object> body = newMember(email());
        body.put("lastName", "T".repeat(10_001));
        var english = english().post(Api.admin(), "/api/members", body);
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.text("/field")).isEqualTo("lastName");
        assertThat(english.text("/detail")).isEqualTo("The field lastName cannot exceed 10000 characters.");
        assertThat(api.post(Api.admin(), "/api/members", body).text("/detail")).isEqualTo("Le champ lastName ne peut dépasser 10000 caractères.");

        Map<String, Object> control = newMember(email());
        control.put("firstName", "Ju\u0007lie");
        assertThat(english().post(Api.admin(), "/api/members", control).text("/errors/0/message"))
                .isEqualTo("The field firstName holds a control character (U+0007).");

        var parameter = english().get(Api.admin(), "/api/regulators/otpq/members?q=Ju%07lie");
        assertThat(parameter.status()).isEqualTo(400);
        assertThat(parameter.text("/detail")).isEqualTo("The field q holds a control character (U+0007).");
        assertThat(api.get(Api.admin(), "/api/regulators/otpq/members?q=Ju%07lie").text("/detail"))
                .isEqualTo("Le champ q contient un caractère de contrôle (U+0007).");

        Map<String, Object> column = newMember(email());
        column.put("firstName", "J".repeat(101));
        assertThat(english().post(Api.admin(), "/api/members", column).text("/errors/0/message")).isEqualTo("This field cannot exceed 100 characters.");
    }

    @Test
    void aParameterThatIsNotADateOrOutOfRangeIsRefusedInTheCallersLanguage() {
        var member = api.newMember();
        String dashboard = "/api/members/" + member.id() + "/dashboards/otpq/2022-2025?asOf=";
        var outOfRange = english().get(member.login(), dashboard + "1800-01-01");
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.text("/detail")).isEqualTo("The value “1800-01-01” does not suit asOf: the field must be a date between 1900 and 2100.");
        assertThat(outOfRange.text("/errors/0/message")).isEqualTo("Invalid value: 1800-01-01");
        assertThat(api.get(member.login(), dashboard + "1800-01-01").text("/detail"))
                .isEqualTo("La valeur «\u00a01800-01-01\u00a0» ne convient pas pour asOf : le champ doit être une date entre 1900 et 2100.");

        assertThat(english().get(member.login(), dashboard + "yesterday").text("/detail")).isEqualTo("The value “yesterday” does not suit asOf.");
        assertThat(api.get(member.login(), dashboard + "yesterday").text("/detail"))
                .isEqualTo("La valeur «\u00a0yesterday\u00a0» ne convient pas pour asOf.");
    }

    @Test
    void aBadSessionOrAWrongPasswordIsRefusedInTheCallersLanguage() {
        var session = english().get(Api.Login.bearer("no-such-session-token"), "/api/me");
        assertThat(session.status()).isEqualTo(401);
        assertThat(session.text("/title")).isEqualTo("Session ended");
        assertThat(session.text("/detail")).isEqualTo("Your session has ended. Please sign in again.");
        var frenchSession = api.get(Api.Login.bearer("no-such-session-token"), "/api/me");
        assertThat(frenchSession.text("/title")).isEqualTo("Session terminée");
        assertThat(frenchSession.text("/detail")).isEqualTo("Votre session a pris fin. Veuillez vous identifier de nouveau.");

        // a member of this test's own: failures count against the account, and the administrator's must stay unlocked
        var wrong = new Api.Login(api.newMember().login().username(), "not-the-password");
        var password = english().get(wrong, "/api/me");
        assertThat(password.status()).isEqualTo(401);
        assertThat(password.text("/title")).isEqualTo("Authentication required");
        assertThat(password.text("/detail")).isEqualTo("Sign in with your username and password (HTTP Basic).");
        var french = api.get(wrong, "/api/me");
        assertThat(french.text("/title")).isEqualTo("Authentification requise");
        assertThat(french.text("/detail")).isEqualTo("Identifiez-vous avec votre identifiant et votre mot de passe (HTTP Basic).");
    }

    @Test
    void aRefusedAccessIsForbiddenInTheCallersLanguage() {
        var member = api.newMember();
        Map<String, Object> staff = Map.of("username", "staff-" + UUID.randomUUID(), "password", Api.PASSWORD, "regulator", "otpq");
        var english = english().post(member.login(), "/api/staff", staff);
        assertThat(english.status()).isEqualTo(403);
        assertThat(english.text("/title")).isEqualTo("Access denied");
        assertThat(english.text("/detail")).isEqualTo("Only an administrator can open an account for a regulator's staff.");
        var french = api.post(member.login(), "/api/staff", staff);
        assertThat(french.text("/title")).isEqualTo("Accès refusé");
        assertThat(french.text("/detail")).isEqualTo("Seul un administrateur peut créer un compte pour le personnel d'un ordre.");

        assertThat(english().get(member.login(), "/api/members/" + api.newMember().id()).text("/detail"))
                .isEqualTo("You do not have access to this member's data.");
        assertThat(english().post(member.login(), "/api/members", newMember(email())).text("/detail"))
                .isEqualTo("This operation is reserved for regulators' staff and administrators.");

        var filter = english().get(member.login(), "/actuator/prometheus");
        assertThat(filter.status()).isEqualTo(403);
        assertThat(filter.text("/title")).isEqualTo("Access denied");
        assertThat(filter.text("/detail")).isEqualTo("You do not have access to this resource.");
        assertThat(api.get(member.login(), "/actuator/prometheus").text("/detail")).isEqualTo("Vous n'avez pas accès à cette ressource.");
    }

    @Test
    void aLockedSignInSaysWhenToTryAgainInTheCallersLanguage() {
        Api.Login member = api.newMember().login();
        clock.stop(); // the waits the answers name are counted from the lock
        Api.Login wrong = new Api.Login(member.username(), "not-the-password");
        for (int i = 1; i <= 4; i++) {
            assertThat(api.get(wrong, "/api/me").status()).as("failure " + i).isEqualTo(401);
        }
        var english = english().get(wrong, "/api/me");
        assertThat(english.status()).isEqualTo(429);
        assertThat(english.text("/title")).isEqualTo("Too many failed sign-ins");
        assertThat(english.text("/detail")).isEqualTo("Too many failed sign-ins with this username. Try again in 1 minute.");

        clock.move(java.time.Duration.ofSeconds(30));
        var french = api.get(member, "/api/me");
        assertThat(french.status()).isEqualTo(429);
        assertThat(french.text("/title")).isEqualTo("Trop de tentatives de connexion");
        // thirty seconds are left: in seconds, and in the plural
        assertThat(french.text("/detail"))
                .isEqualTo("Trop de tentatives de connexion infructueuses avec cet identifiant. Réessayez dans 30 secondes.");
        assertThat(english().get(member, "/api/me").text("/detail"))
                .isEqualTo("Too many failed sign-ins with this username. Try again in 30 seconds.");
    }

    @Test
    void aMemberRegisteredTwiceIsAConflictInTheCallersLanguage() {
        var staff = api.newStaff("otpq");
        String email = email();
        assertThat(api.post(staff, "/api/members", newMember(email)).status()).isEqualTo(201);

        var english = english().post(staff, "/api/members", newMember(email));
        assertThat(english.status()).isEqualTo(409);
        assertThat(english.text("/title")).isEqualTo("Not possible in the current state");
        assertThat(english.text("/detail")).isEqualTo("A member with the e-mail " + email + " already exists.");
        var french = api.post(staff, "/api/members", newMember(email));
        assertThat(french.text("/title")).isEqualTo("Opération impossible dans l'état actuel");
        assertThat(french.text("/detail")).isEqualTo("Un membre avec le courriel " + email + " existe déjà.");

        String username = "staff-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> account = Map.of("username", username, "password", Api.PASSWORD, "regulator", "otpq");
        assertThat(api.post(Api.admin(), "/api/staff", account).status()).isEqualTo(201);
        assertThat(english().post(Api.admin(), "/api/staff", account).text("/detail")).isEqualTo("The username “" + username + "” is already in use.");
        assertThat(api.post(Api.admin(), "/api/staff", account).text("/detail"))
                .isEqualTo("L'identifiant «\u00a0" + username + "\u00a0» est déjà utilisé.");
    }

    @Test
    void aRegistrationsFieldsAreRefusedInTheCallersLanguage() {
        Map<String, Object> body = newMember("not-an-address");
        body.put("firstName", " ");
        body.put("password", "short");
        body.remove("membership");
        var english = english().post(Api.admin(), "/api/members", body);
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.body().get("errors").findValuesAsText("message")).containsExactly("The first name is required.",
                "The e-mail is required and must be a valid address.", "The password must have at least 8 characters.",
                "A membership of a regulator is required.");
        assertThat(api.post(Api.admin(), "/api/members", body).body().get("errors").findValuesAsText("message")).containsExactly(
                "Le prénom est obligatoire.", "Le courriel est obligatoire et doit être une adresse valide.",
                "Le mot de passe doit compter au moins 8 caractères.", "L'inscription à un ordre est obligatoire.");

        String admission = "/api/members/" + api.newMember().id() + "/memberships/oiiq/admission";
        var notMember = english().put(Api.admin(), admission, Map.of("admissionDate", "2024-01-15"));
        assertThat(notMember.status()).isEqualTo(404);
        assertThat(notMember.text("/title")).isEqualTo("Not found");
        assertThat(notMember.text("/detail")).isEqualTo("This member is not registered with the regulator oiiq.");
        assertThat(api.put(Api.admin(), admission, Map.of("admissionDate", "2024-01-15")).text("/detail"))
                .isEqualTo("Ce membre n'est pas inscrit à l'ordre oiiq.");

        var page = english().get(Api.admin(), "/api/regulators/otpq/members?size=500");
        assertThat(page.text("/detail")).isEqualTo("A page holds from 1 to 200 items.");
        assertThat(api.get(Api.admin(), "/api/regulators/otpq/members?size=500").text("/detail")).isEqualTo("Une page compte de 1 à 200 éléments.");
    }

    @Test
    void aPasswordResetLinkThatDoesNotWorkIsRefusedInTheCallersLanguage() {
        Map<String, Object> password = Map.of("password", "a-new-password");
        var english = english().post(null, "/api/password-resets/no-such-token", password);
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.text("/detail")).isEqualTo("This reset link is not valid (expired, already used or unknown). Ask for a new one.");
        assertThat(api.post(null, "/api/password-resets/no-such-token", password).text("/detail"))
                .isEqualTo("Ce lien de réinitialisation n'est pas valable (expiré, déjà utilisé ou inconnu). Demandez-en un nouveau.");
    }

    @Test
    void aFileThatIsNotADocumentIsRefusedInTheCallersLanguage() {
        var member = api.newMember();
        Map<String, Object> exemption = new HashMap<>(Map.of("regulator", "otpq", "cycleId", "2022-2025", "motive", "illness",
                "motiveStart", "2023-01-01", "motiveEnd", "2023-06-30", "complement", "Convalescence"));
        var draft = api.post(member.login(), "/api/members/" + member.id() + "/exemptions", exemption);
        assertThat(draft.status()).as(draft.raw()).isEqualTo(201);
        String documents = "/api/exemptions/" + draft.body().get("id").asLong() + "/documents";
        byte[] executable = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

        var english = english().upload(member.login(), documents, "certificat.pdf", "application/pdf", executable);
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.text("/detail"))
                .isEqualTo("Only PDF, JPEG and PNG files are accepted. The content of this file matches none of these formats.");
        assertThat(english().upload(member.login(), documents, "vide.pdf", "application/pdf", new byte[0]).text("/detail"))
                .isEqualTo("The file is empty.");
        assertThat(api.upload(member.login(), documents, "certificat.pdf", "application/pdf", executable).text("/detail"))
                .isEqualTo("Seuls les fichiers PDF, JPEG et PNG sont acceptés. Le contenu de ce fichier ne correspond à aucun de ces formats.");
    }
}
