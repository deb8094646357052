package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigie.support.Api;
import org.vigie.web.Sha256;

/** Rules R5-R7 of the scheduling specification: a clinic user's session, its enterprise, and when it ends by itself. */
class ClinicSessionRulesApiIntegrationTests extends ClinicTest {
    static final String IDLE = "Votre session a pris fin après 200 minutes d'inactivité. Veuillez vous identifier de nouveau.";
    static final String ENDED = "Votre session a pris fin. Veuillez vous identifier de nouveau.";

    /** Opens a session and returns its token. */
    String signIn(Person person, Long enterpriseId) {
        var opened = api.post(person.login(), "/api/clinic/sessions", enterpriseId == null ? Map.of() : Map.of("enterpriseId", enterpriseId));
        assertThat(opened.status()).as(opened.raw()).isEqualTo(201);
        return opened.text("/token");
    }

    /** The session was last used this long ago, as if the user had left their desk. */
    void idleFor(String token, Duration idle) {
        int updated = jdbc.sql("UPDATE clinic_session SET last_seen_at = ? WHERE token_hash = ?")
                .params(Timestamp.from(Instant.now().minus(idle)), Sha256.hex(token)).update();
        assertThat(updated).isEqualTo(1);
    }

    void mode(String token, String mode) {
        var changed = api.put(Api.Login.bearer(token), "/api/clinic/sessions/current", Map.of("mode", mode));
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        assertThat(changed.text("/mode")).isEqualTo(mode);
    }

    @Test
    void R5_aSessionLeftIdleForTwoHundredMinutesOnTheEmployeesTabOrInHoraireModeEnds() {
        Enterprise enterprise = enterprise(false);
        String employeesTab = signIn(enterprise.admin(), null);
        mode(employeesTab, "EMPLOYEES");
        idleFor(employeesTab, Duration.ofMinutes(199));
        assertThat(api.get(Api.Login.bearer(employeesTab), enterprise.path() + "/employees").status()).as("199 minutes").isEqualTo(200);
        idleFor(employeesTab, Duration.ofMinutes(201));
        var ended = api.get(Api.Login.bearer(employeesTab), enterprise.path() + "/employees");
        assertThat(ended.status()).isEqualTo(401);
        assertThat(ended.text("/detail")).isEqualTo(IDLE);
        assertThat(api.get(Api.Login.bearer(employeesTab), enterprise.path()).text("/detail")).as("and stays ended").isEqualTo(ENDED);

        String horaire = signIn(enterprise.admin(), null);
        mode(horaire, "SCHEDULE_EDIT");
        idleFor(horaire, Duration.ofMinutes(201));
        assertThat(api.get(Api.Login.bearer(horaire), enterprise.path()).status()).isEqualTo(401);
        assertThat(api.get(enterprise.admin().login(), enterprise.path()).status()).as("signing in again works").isEqualTo(200);
    }

    @Test
    void R6_noAutomaticLogoutInTheAppointmentEditMode() {
        Enterprise enterprise = enterprise(false);
        String token = signIn(enterprise.admin(), null);
        mode(token, "APPOINTMENT_EDIT");
        idleFor(token, Duration.ofHours(9));
        var stillThere = api.get(Api.Login.bearer(token), enterprise.path());
        assertThat(stillThere.status()).as(stillThere.raw()).isEqualTo(200);
        mode(token, "COMMUNICATIONS");
        idleFor(token, Duration.ofMinutes(201));
        assertThat(api.get(Api.Login.bearer(token), enterprise.path()).status()).as("back on a tab, it ends again").isEqualTo(401);
    }

    @Test
    void R7_aUserOfTwoEnterprisesChoosesOneAtSignInAndTheSessionStaysInIt() {
        Enterprise first = enterprise(false);
        Enterprise second = enterprise(true);
        Person both = person("1");
        hire(first, both, first.location1());
        hire(second, both, second.location2());
        var unchosen = api.post(both.login(), "/api/clinic/sessions", Map.of());
        assertThat(unchosen.status()).isEqualTo(400);
        assertThat(unchosen.text("/errors/0/field")).isEqualTo("enterpriseId");

        String token = signIn(both, second.id());
        var current = api.get(Api.Login.bearer(token), "/api/clinic/sessions/current");
        assertThat(current.text("/enterpriseName")).isEqualTo(api.get(second.admin().login(), second.path()).text("/name"));
        assertThat(current.body().path("token").asText(null)).as("the token is shown once").isNull();
        assertThat(api.get(Api.Login.bearer(token), second.path() + "/employees").status()).isEqualTo(200);
        assertThat(api.get(Api.Login.bearer(token), first.path()).status()).as("the other enterprise, within this session").isEqualTo(404);
        assertThat(api.get(both.login(), first.path()).status()).as("the same person signed in plainly").isEqualTo(200);
        assertThat(api.post(first.admin().login(), "/api/clinic/sessions", Map.of("enterpriseId", second.id())).status())
                .as("an enterprise where they do not work").isEqualTo(404);
    }

    @Test
    void signingOutEndsTheSessionAndBadInputIsRefusedOnItsField() {
        Enterprise enterprise = enterprise(false);
        String token = signIn(enterprise.admin(), null);
        var unknownMode = api.put(Api.Login.bearer(token), "/api/clinic/sessions/current", Map.of("mode", "SIESTE"));
        assertThat(unknownMode.status()).isEqualTo(400);
        assertThat(unknownMode.text("/errors/0/field")).isEqualTo("mode");
        assertThat(api.get(Api.Login.bearer(token), "/api/clinic/sessions/current").text("/mode")).as("nothing changed").isEqualTo("AGENDA");
        assertThat(api.get(enterprise.admin().login(), "/api/clinic/sessions/current").text("/errors/0/field"))
                .as("no session in a Basic request").isEqualTo("Authorization");
        assertThat(api.delete(Api.Login.bearer(token), "/api/clinic/sessions/current").status()).isEqualTo(204);
        var after = api.get(Api.Login.bearer(token), enterprise.path());
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.text("/detail")).isEqualTo(ENDED);
        assertThat(api.get(Api.Login.bearer("not-a-token"), enterprise.path()).status()).isEqualTo(401);
        assertThat(api.post(Api.admin(), "/api/clinic/sessions", Map.of()).status()).as("the operator has no clinic session").isEqualTo(403);
    }

    @Test
    void R2_R10_aSessionEndsWhenItsUserIsNoLongerActiveInTheEnterprise() {
        Enterprise enterprise = enterprise(false);
        Person leaving = person(null);
        long employee = hire(enterprise, leaving, enterprise.location1());
        String token = signIn(leaving, null);
        assertThat(api.get(Api.Login.bearer(token), employeePath(enterprise, employee)).status()).isEqualTo(200);
        var departed = api.put(enterprise.admin().login(), employeePath(enterprise, employee), Map.of("startDate", "2024-01-01",
                "departureDate", EnterpriseAndEmployeeRulesApiIntegrationTests.today().minusDays(1).toString(),
                "workLocations", List.of(enterprise.location1())));
        assertThat(departed.status()).as(departed.raw()).isEqualTo(200);
        var refused = api.get(Api.Login.bearer(token), employeePath(enterprise, employee));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.text("/detail")).isEqualTo(EnterpriseAndEmployeeRulesApiIntegrationTests.M2);
    }
}
