package org.vigie.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigie.support.Api;
import org.vigie.support.ApiTest;

/** Registering members, and bad input that must never reach the database as a 500. */
class MemberApiIntegrationTests extends ApiTest {

    private Map<String, Object> newMember(String email) {
        Map<String, Object> membership = new HashMap<>(Map.of("regulator", "otpq", "number", "N" + UUID.randomUUID().toString().substring(0, 8)));
        return new HashMap<>(Map.of("firstName", "Julie", "lastName", "Tremblay", "email", email, "password", "motdepasse-123",
                "membership", membership));
    }

    @Test
    void staffRegisterAMemberWhoThenSignsInWithTheirEmailAndSeesOnlyThemselves() {
        var staff = api.newStaff("otpq");
        String email = "julie-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var created = api.post(staff, "/api/members", newMember(email));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        long id = created.body().get("id").asLong();

        var login = new Api.Login(email, "motdepasse-123");
        assertThat(api.get(login, "/api/me").text("/role")).isEqualTo("MEMBER");
        assertThat(api.get(login, "/api/members/" + id).text("/memberships/0/regulator")).isEqualTo("otpq");
        assertThat(api.get(login, "/api/members/" + api.newMember().id()).status()).isEqualTo(403);
        assertThat(api.get(new Api.Login(email, "wrong-password"), "/api/me").status()).isEqualTo(401);

        var again = api.post(staff, "/api/members", newMember(email));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void readmissionDuringTheCycleProratesTheRequiredHours() {
        var member = api.newMember();
        var staff = api.newStaff("otpq");
        var readmitted = api.put(staff, "/api/members/" + member.id() + "/memberships/otpq/admission", Map.of("admissionDate", "2024-04-01"));
        assertThat(readmitted.status()).isEqualTo(200);
        var dashboard = api.get(member.login(), "/api/members/" + member.id() + "/dashboards/otpq/2022-2025");
        // April 2024 to March 2025: 12 of 39 months -> 30 x 12 / 39 = 9.23, to the half hour: 9
        assertThat(dashboard.number("/requiredHours/hours")).isEqualTo(9);
        assertThat(dashboard.text("/start")).isEqualTo("2024-04-01");
    }

    @Test
    void textsLongerThanTheirColumnsAreRefusedNamingTheField() {
        var tooLongName = newMember("long-" + UUID.randomUUID() + "@example.org");
        tooLongName.put("firstName", "J".repeat(101));
        var refused = api.post(Api.admin(), "/api/members", tooLongName);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("/field")).isEqualTo("firstName");

        var longPassword = newMember("pw-" + UUID.randomUUID() + "@example.org");
        longPassword.put("password", "é".repeat(40));
        assertThat(api.post(Api.admin(), "/api/members", longPassword).text("/field")).isEqualTo("password");

        var member = api.newMember();
        var declaration = Api.declaration("structured", "course", 2);
        declaration.put("trainer", "Julie " + "Tremblay".repeat(30));
        var trainer = api.post(member.login(), "/api/members/" + member.id() + "/declarations", declaration);
        assertThat(trainer.status()).isEqualTo(400);
        assertThat(trainer.text("/field")).isEqualTo("trainer");
        assertThat(count("declaration", "member_id = ?", member.id())).isZero();
    }

    @Test
    void aNullBodyOrAnUnknownRegulatorIsAClientErrorNeverA500() {
        var member = api.newMember();
        assertThat(api.post(Api.admin(), "/api/members", "null").status()).isEqualTo(400);
        assertThat(api.post(member.login(), "/api/members/" + member.id() + "/exemptions", "null").status()).isEqualTo(400);
        assertThat(api.get(member.login(), "/api/regulators/nowhere/catalogue").status()).isEqualTo(404);
        assertThat(api.get(member.login(), "/api/members/" + member.id() + "/dashboards/nowhere/2022-2025").status()).isEqualTo(404);
        var declaration = Api.declaration("structured", "course", 2);
        declaration.put("regulator", "nowhere");
        var refused = api.post(member.login(), "/api/members/" + member.id() + "/declarations", declaration);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("/field")).isEqualTo("regulator");
    }
}
