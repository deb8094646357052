package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.support.Api;
import org.vigie.web.Sha256;

/**
 * A location's connected agenda software (LCGA, R21, R255): linked through the location's unique identifier, the machine
 * identifier RAMQ recorded on it and a secret its local administrator issues; it acts for that location only, with the pack's
 * LCGA column, and what it books is authored by its machine identifier (R189).
 */
class ConnectedAgendaSoftwareApiIntegrationTests extends BookingTest {
    static final String REFUSED = "L'identifiant unique du lieu, l'identifiant machine ou le secret de connexion est invalide.";
    static final String ENDED = "La session de ce logiciel a pris fin. Connectez-le de nouveau avec le secret du lieu.";

    String uid;
    String machineId;

    @BeforeEach
    void theFirstLocationsIdentifiers() {
        var location = api.get(enterprise.admin().login(), linkPath().replace("/lcga-link", ""));
        uid = location.text("/locationUid");
        machineId = location.text("/machineId");
        assertThat(uid).isNotBlank();
        assertThat(machineId).isNotBlank();
    }

    String linkPath() {
        return enterprise.path() + "/locations/" + enterprise.location1() + "/lcga-link";
    }

    String issue() {
        var issued = api.post(enterprise.admin().login(), linkPath(), null);
        assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
        return issued.text("/secret");
    }

    Api.Response signIn(String locationUid, String machine, String secret) {
        Map<String, Object> body = new HashMap<>();
        body.put("locationUid", locationUid);
        body.put("machineId", machine);
        body.put("secret", secret);
        return api.post(null, "/api/clinic/lcga-sessions", body);
    }

    Api.Login signedIn(String secret) {
        var opened = signIn(uid, machineId, secret);
        assertThat(opened.status()).as(opened.raw()).isEqualTo(201);
        return Api.Login.bearer(opened.text("/token"));
    }

    Api.Response agenda(Api.Login lcga) {
        return api.get(lcga, professionalPath(enterprise, professional) + "/agenda?from=2027-02-07&to=2027-02-13&locationId="
                + enterprise.location1());
    }

    long sessions() {
        return count("lcga_session s JOIN lcga_link l ON l.id = s.link_id", "l.location_id = ?", enterprise.location1());
    }

    @Test
    void R255_anLcgaLinkedToItsLocationBooksInItsSlotAndTheAppointmentIsAuthoredByItsMachineId() {
        var issued = api.post(enterprise.admin().login(), linkPath(), null);
        assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
        String secret = issued.text("/secret");
        assertThat(issued.text("/locationUid")).isEqualTo(uid);
        assertThat(issued.text("/machineId")).isEqualTo(machineId);
        assertThat(count("lcga_link", "secret_hash = ? AND location_id = ?", Sha256.hex(secret), enterprise.location1()))
                .as("only the secret's hash is kept").isEqualTo(1);
        var read = api.get(enterprise.admin().login(), linkPath());
        assertThat(read.status()).as(read.raw()).isEqualTo(200);
        assertThat(read.body().has("secret")).as("shown once: " + read.raw()).isFalse();

        var opened = signIn(uid, machineId, secret);
        assertThat(opened.status()).as(opened.raw()).isEqualTo(201);
        assertThat(opened.body().get("enterpriseId").asLong()).isEqualTo(enterprise.id());
        assertThat(opened.body().get("locationId").asLong()).isEqualTo(enterprise.location1());
        Api.Login lcga = Api.Login.bearer(opened.text("/token"));
        assertThat(count("lcga_session", "token_hash = ?", Sha256.hex(opened.text("/token")))).as("only the token's hash").isEqualTo(1);

        assertThat(agenda(lcga).status()).as("R255: it reads its location's agendas").isEqualTo(200);
        var booked = book(lcga, booking("09:15"));
        assertThat(booked.status()).as(booked.raw()).isEqualTo(201);
        assertThat(booked.text("/author/kind")).isEqualTo("LCGA");
        assertThat(booked.text("/author/name")).as("R189, R255: the machine id").isEqualTo(machineId);
        long id = booked.body().get("id").asLong();
        var seen = api.get(enterprise.admin().login(), appointments() + "/" + id);
        assertThat(seen.text("/author/kind")).as("the clinic sees who booked it").isEqualTo("LCGA");
        assertThat(seen.text("/author/name")).isEqualTo(machineId);
        assertThat(count("clinic_appointment", "id = ? AND author_kind = 'LCGA' AND author_name = ? AND author_employee_id IS NULL", id,
                machineId)).isEqualTo(1);
        assertThat(count("clinic_audit", "enterprise_id = ? AND action = 'appointment.book' AND actor = ?", enterprise.id(),
                "LCGA " + machineId)).as("the audit names the software").isEqualTo(1);

        var cancelled = api.post(lcga, appointments() + "/" + id + "/cancellation", Map.of("version", 0));
        assertThat(cancelled.status()).as(cancelled.raw()).isEqualTo(200);
        assertThat(cancelled.text("/cancelledBy")).as("cancelled by the software, named after its machine id").isEqualTo(machineId);
    }

    @Test
    void R255_anLcgaHasNoAccountAndSoNoLanguageOfEMailsToChoose() {
        Api.Login lcga = signedIn(issue());
        var refused = api.put(lcga, "/api/me/language", Map.of("language", "en"));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(403);
        assertThat(refused.text("/detail")).isEqualTo("Seule une personne qui a un compte choisit la langue de ses courriels.");
    }

    @Test
    void R255_aWrongLocationUidMachineIdOrSecretIsOneAndTheSame401AndOpensNoSession() {
        String secret = issue();
        String otherUid = api.get(enterprise.admin().login(), enterprise.path() + "/locations/" + enterprise.location2()).text("/locationUid");
        long before = sessions();
        for (Api.Response refused : List.of(signIn(otherUid, machineId, secret), signIn("00000000-0000-0000-0000-000000000000", machineId, secret),
                signIn(uid, machineId + "X", secret), signIn(uid, machineId, secret + "x"), signIn(uid, machineId, issueElsewhere()))) {
            assertThat(refused.status()).as(refused.raw()).isEqualTo(401);
            assertThat(refused.text("/detail")).as("it says not which").isEqualTo(REFUSED);
            assertThat(refused.raw()).doesNotContain("token");
        }
        assertThat(sessions()).as("nothing written").isEqualTo(before);
        var missing = signIn(uid, null, secret);
        assertThat(missing.status()).as(missing.raw()).isEqualTo(400);
        assertThat(missing.text("/field")).isEqualTo("machineId");
        assertThat(sessions()).isEqualTo(before);
    }

    /** A secret issued for the enterprise's second location: a valid secret, but not the first location's. */
    String issueElsewhere() {
        var issued = api.post(enterprise.admin().login(), enterprise.path() + "/locations/" + enterprise.location2() + "/lcga-link", null);
        assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
        return issued.text("/secret");
    }

    @Test
    void R255_aLocationWithoutAMachineIdCannotBeLinked() {
        Map<String, Object> location = location("Point de service sans LCGA");
        location.remove("machineId");
        var added = api.post(Api.admin(), enterprise.path() + "/locations", location);
        assertThat(added.status()).as(added.raw()).isEqualTo(201);
        long bare = added.body().get("id").asLong();
        var refused = api.post(enterprise.admin().login(), enterprise.path() + "/locations/" + bare + "/lcga-link", null);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.text("/field")).isEqualTo("machineId");
        assertThat(refused.text("/detail")).contains("aucun identifiant machine");
        assertThat(count("lcga_link", "location_id = ?", bare)).as("nothing written").isZero();
        assertThat(api.get(enterprise.admin().login(), enterprise.path() + "/locations/" + bare + "/lcga-link").status()).isEqualTo(404);
    }

    @Test
    void R255_whenRamqRecordsAnotherMachineIdTheOldTokenAndSecretStopWorking() {
        String secret = issue();
        Api.Login lcga = signedIn(secret);
        assertThat(agenda(lcga).status()).isEqualTo(200);
        var changed = api.patch(Api.admin(), enterprise.path() + "/locations/" + enterprise.location1(), Map.of("machineId", "DLO-NOUVEAU"));
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);

        var ended = agenda(lcga);
        assertThat(ended.status()).as(ended.raw()).isEqualTo(401);
        assertThat(ended.text("/detail")).isEqualTo(ENDED);
        assertThat(signIn(uid, machineId, secret).status()).as("the old machine id").isEqualTo(401);
        assertThat(signIn(uid, "DLO-NOUVEAU", secret).status()).as("the new machine id with the old secret").isEqualTo(401);
        assertThat(api.get(enterprise.admin().login(), linkPath()).status()).as("the link was revoked").isEqualTo(404);

        machineId = "DLO-NOUVEAU";
        Api.Login relinked = signedIn(issue());
        assertThat(agenda(relinked).status()).as("a new secret for the new machine id").isEqualTo(200);
        assertThat(book(relinked, booking("09:30")).text("/author/name")).isEqualTo("DLO-NOUVEAU");
    }

    @Test
    void R255_anLcgaActsOnlyForItsLocation() {
        Api.Login lcga = signedIn(issue());
        long elsewhere = roamingProfessional; // works at both locations
        Map<String, Object> atLocation2 = booking("10:00");
        atLocation2.put("professionalId", elsewhere);
        atLocation2.put("locationId", enterprise.location2());
        atLocation2.put("durationMinutes", 15);
        var before = snapshot();
        refused(book(lcga, atLocation2), 403, null, "Votre profil ne permet pas de", before);
        var staffBooked = book(enterprise.admin().login(), atLocation2);
        assertThat(staffBooked.status()).as(staffBooked.raw()).isEqualTo(201);
        long theirs = staffBooked.body().get("id").asLong();
        before = snapshot();
        var cancel = api.post(lcga, appointments() + "/" + theirs + "/cancellation", Map.of("version", 0));
        assertThat(cancel.status()).as(cancel.raw()).isIn(403, 404);
        assertThat(api.get(lcga, appointments() + "/" + theirs).status()).as("another location's appointment").isIn(403, 404);
        refused(cancel, cancel.status(), null, null, before);

        assertThat(api.get(lcga, enterprise.path() + "/locations/" + enterprise.location2()).status()).isEqualTo(404);
        assertThat(api.get(lcga, enterprise.path() + "/agendas/" + enterprise.location2() + "/" + elsewhere).status()).isEqualTo(404);
        var agendas = api.get(lcga, enterprise.path() + "/agendas?page=0");
        assertThat(agendas.status()).as(agendas.raw()).isEqualTo(200);
        assertThat(agendas.body().get("items").findValues("location").stream().map(l -> l.get("id").asLong()).distinct().toList())
                .as("its location's agendas only").containsExactly(enterprise.location1());
        Enterprise other = enterprise(false);
        assertThat(api.get(lcga, other.path()).status()).as("another enterprise does not exist for it").isEqualTo(404);
        assertThat(api.get(lcga, enterprise.path() + "/employees").status()).as("R254: the clinic keeps its employees in RVSQ").isEqualTo(403);
        assertThat(api.post(lcga, linkPath(), null).status()).as("it does not link itself").isEqualTo(403);
        assertThat(api.patch(lcga, enterprise.path() + "/locations/" + enterprise.location1(), Map.of("phone", "514-555-0000")).status())
                .isEqualTo(403);
    }

    @Test
    void R255_issuingASecretAgainRevokesThePreviousAndEndsItsSessionsAndRevokingEndsTheLink() {
        String first = issue();
        Api.Login lcga = signedIn(first);
        String second = issue();
        assertThat(second).isNotEqualTo(first);
        assertThat(agenda(lcga).status()).as("the previous secret's session").isEqualTo(401);
        assertThat(signIn(uid, machineId, first).status()).as("the previous secret").isEqualTo(401);
        Api.Login relinked = signedIn(second);
        assertThat(agenda(relinked).status()).isEqualTo(200);

        var revoked = api.delete(enterprise.admin().login(), linkPath());
        assertThat(revoked.status()).as(revoked.raw()).isEqualTo(204);
        assertThat(agenda(relinked).status()).isEqualTo(401);
        assertThat(signIn(uid, machineId, second).status()).isEqualTo(401);
        assertThat(api.get(enterprise.admin().login(), linkPath()).status()).isEqualTo(404);
        assertThat(api.delete(enterprise.admin().login(), linkPath()).status()).as("nothing left to revoke").isEqualTo(404);
        assertThat(count("clinic_audit", "enterprise_id = ? AND action = 'lcga.link.revoke'", enterprise.id())).isEqualTo(1);
    }

    @Test
    void R255_anLcgasHoldIsItsOwnAndItsBookingUsesItUp() {
        Api.Login lcga = signedIn(issue());
        var held = api.post(lcga, holds(), hold(professional, DAY, "09:15", 15));
        assertThat(held.status()).as(held.raw()).isEqualTo(201);
        long holdId = held.body().get("id").asLong();
        assertThat(count("clinic_hold", "id = ? AND holder_employee_id IS NULL AND holder_lcga_link_id IS NOT NULL AND location_id = ?", holdId,
                enterprise.location1())).as("held by its link, at its location").isEqualTo(1);

        var colleagues = api.post(enterprise.admin().login(), holds(), hold(professional, DAY, "09:15", 15));
        assertThat(colleagues.status()).as(colleagues.raw()).isEqualTo(201);
        assertThat(colleagues.body().get("warnings").findValuesAsText("code")).as("M16: the software holds it").contains("M16");
        var before = snapshot();
        refused(api.delete(enterprise.admin().login(), holds() + "/" + holdId), 403, null, "logiciel de gestion d'agendas", before);
        Map<String, Object> staffUsingIt = booking("09:15");
        staffUsingIt.put("holdId", holdId);
        refused(book(enterprise.admin().login(), staffUsingIt), 400, "holdId", null, before);

        Map<String, Object> itsOwn = booking("09:15");
        itsOwn.put("holdId", holdId);
        var booked = book(lcga, itsOwn);
        assertThat(booked.status()).as(booked.raw()).isEqualTo(201);
        assertThat(count("clinic_hold", "id = ? AND consumed_at IS NOT NULL AND appointment_id = ?", holdId, booked.body().get("id").asLong()))
                .isEqualTo(1);
    }

    @Test
    void R255_anLcgaSessionEndsWhenIdleOrSignedOut() {
        String secret = issue();
        Api.Login lcga = signedIn(secret);
        var current = api.get(lcga, "/api/clinic/lcga-sessions/current");
        assertThat(current.status()).as(current.raw()).isEqualTo(200);
        assertThat(current.text("/machineId")).isEqualTo(machineId);
        assertThat(current.body().has("token")).isFalse();
        long idle = current.body().get("idleMinutes").asLong();
        assertThat(api.get(enterprise.admin().login(), "/api/clinic/lcga-sessions/current").status()).as("not an LCGA").isEqualTo(403);

        clock.move(Duration.ofMinutes(idle + 1));
        var ended = agenda(lcga);
        assertThat(ended.status()).as(ended.raw()).isEqualTo(401);
        assertThat(ended.text("/detail")).contains(idle + " minutes");

        Api.Login again = signedIn(secret);
        assertThat(api.delete(again, "/api/clinic/lcga-sessions/current").status()).isEqualTo(204);
        assertThat(agenda(again).status()).isEqualTo(401);
    }
}
