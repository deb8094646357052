package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.vigie.support.Api;

/**
 * Patients as the clinic knows them (issue 17): RAMQ registers insured persons in the registry standing in for the insurer's,
 * and whoever may book in an agenda matches a NAM against it (R176, R177). A NAM has its shape and is never logged.
 */
@ExtendWith(OutputCaptureExtension.class)
class PatientRegistryApiIntegrationTests extends ClinicTest {
    static final String UNMATCHED = "Ce NAM ne correspond à aucune donnée de la RAMQ. Saisissez le prénom, le nom de famille, le sexe et la "
            + "date de naissance du patient.";
    static final String SHAPE = "Le NAM compte quatre lettres suivies de huit chiffres.";

    /** A NAM no other run drew: four random letters and eight digits. */
    static String nam() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            letters.append((char) ('A' + random.nextInt(26)));
        }
        return letters + String.format("%02d%06d", random.nextInt(100), unique());
    }

    static Map<String, Object> patient(String nam) {
        return new HashMap<>(Map.of("nam", nam, "firstName", "Julie", "lastName", "Tremblay", "sex", "F", "dateOfBirth", "1985-03-15"));
    }

    Api.Response lookup(Api.Login login, Enterprise enterprise, String nam) {
        return api.post(login, enterprise.path() + "/patients/lookup", Map.of("nam", nam));
    }

    @Test
    void aNamIsFourLettersAndEightDigitsInCapitalsAndAnyOtherIsRefusedNamingNam() {
        String nam = nam();
        var created = api.post(Api.admin(), "/api/clinic/ramq-patients", patient(nam.toLowerCase()));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.text("/nam")).isEqualTo(nam);
        assertThat(count("ramq_patient", "nam = ?", nam)).isEqualTo(1);
        Enterprise enterprise = enterprise(false);
        for (String bad : List.of("ABC123456789", "ABCD1234567", "ABCD123456789", "1234ABCD5678", "ABÉD12345678", "", "   ")) {
            var refused = api.post(Api.admin(), "/api/clinic/ramq-patients", patient(bad));
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.text("/errors/0/field")).isEqualTo("nam");
            assertThat(refused.text("/errors/0/message")).isEqualTo(SHAPE);
            assertThat(count("ramq_patient", "nam = ?", bad)).as("nothing written").isZero();
            var malformed = lookup(enterprise.admin().login(), enterprise, bad);
            assertThat(malformed.status()).as(bad).isEqualTo(400);
            assertThat(malformed.text("/errors/0/field")).isEqualTo("nam");
        }
        assertThat(lookup(enterprise.admin().login(), enterprise, " " + nam.toLowerCase() + " ").text("/matched"))
                .as("the shape is read in capitals, spaces around trimmed").isEqualTo("true");
    }

    @Test
    void registrationNamesEachWrongFieldWritesNothingAndANamIsRegisteredOnce() {
        String nam = nam();
        Map<String, Object> body = patient(nam);
        body.put("sex", "Q");
        body.put("dateOfBirth", java.time.LocalDate.now(clock).plusDays(1).toString());
        body.put("firstName", " ");
        body.put("attachedPracticeNumber", "112345");
        body.put("eligibleFrom", "2030-01-01");
        body.put("eligibleUntil", "2029-12-31");
        var refused = api.post(Api.admin(), "/api/clinic/ramq-patients", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("firstName", "sex", "dateOfBirth", "eligibleUntil", "attachedFrom");
        assertThat(count("ramq_patient", "nam = ?", nam)).isZero();

        Map<String, Object> full = patient(nam);
        full.putAll(Map.of("eligibleFrom", "2020-01-01", "attachedPracticeNumber", "112345", "attachedFrom", "2021-06-01",
                "gmfNumber", "GMF-0421", "gmfFrom", "2021-06-01", "gmfUntil", "2030-12-31"));
        var created = api.post(Api.admin(), "/api/clinic/ramq-patients", full);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.text("/attachment/practiceNumber")).isEqualTo("112345");
        assertThat(created.text("/gmfEnrolment/period/until")).isEqualTo("2030-12-31");
        var again = api.post(Api.admin(), "/api/clinic/ramq-patients", patient(nam.toLowerCase()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(count("ramq_patient", "nam = ?", nam)).isEqualTo(1);
        assertThat(count("ramq_patient", "nam = ? AND attached_practice = '112345'", nam)).as("the first registration kept").isEqualTo(1);
    }

    @Test
    void onlyRamqRegistersPatients() {
        Enterprise enterprise = enterprise(false);
        String nam = nam();
        assertThat(api.post(enterprise.admin().login(), "/api/clinic/ramq-patients", patient(nam)).status()).isEqualTo(403);
        assertThat(api.post(null, "/api/clinic/ramq-patients", patient(nam)).status()).isEqualTo(401);
        assertThat(count("ramq_patient", "nam = ?", nam)).isZero();
    }

    @Test
    void R176_aMatchingNamFillsTheNamesSexAndDateOfBirthWithoutCheckingEligibility() {
        String never = nam();
        assertThat(api.post(Api.admin(), "/api/clinic/ramq-patients", patient(never)).status()).isEqualTo(201); // never eligible
        String ended = nam();
        Map<String, Object> lapsed = patient(ended);
        lapsed.putAll(Map.of("firstName", "Marc", "lastName", "Gagnon", "sex", "M", "dateOfBirth", "1950-11-02",
                "eligibleFrom", "2000-01-01", "eligibleUntil", "2010-12-31"));
        assertThat(api.post(Api.admin(), "/api/clinic/ramq-patients", lapsed).status()).isEqualTo(201);
        Enterprise enterprise = enterprise(false);
        Person staff = person(null);
        hire(enterprise, staff, enterprise.location1());

        var matched = lookup(enterprise.admin().login(), enterprise, never);
        assertThat(matched.status()).as(matched.raw()).isEqualTo(200);
        assertThat(matched.text("/matched")).isEqualTo("true");
        assertThat(List.of(matched.text("/firstName"), matched.text("/lastName"), matched.text("/sex"), matched.text("/dateOfBirth")))
                .containsExactly("Julie", "Tremblay", "F", "1985-03-15");
        var lapsedMatch = lookup(enterprise.admin().login(), enterprise, ended);
        assertThat(List.of(lapsedMatch.text("/matched"), lapsedMatch.text("/firstName"), lapsedMatch.text("/sex"),
                lapsedMatch.text("/dateOfBirth"))).containsExactly("true", "Marc", "M", "1950-11-02");
        assertThat(count("ramq_patient", "nam = ? AND first_name = 'Marc' AND eligible_until = '2010-12-31'", ended))
                .as("R179: the lookup leaves RAMQ's row as it was").isEqualTo(1);
    }

    @Test
    void R176_onlyWhoMayBookInAnAgendaMatchesANam() {
        String nam = nam();
        api.post(Api.admin(), "/api/clinic/ramq-patients", patient(nam));
        Enterprise enterprise = enterprise(false);
        long doctor = hire(enterprise, person("1"), enterprise.location1());
        Person reader = person(null);
        long readerEmployee = hire(enterprise, reader, enterprise.location1());
        Person nobody = person(null);
        hire(enterprise, nobody, enterprise.location1());
        var read = api.post(enterprise.admin().login(), employeePath(enterprise, readerEmployee) + "/permissions",
                Map.of("location", "ALL", "professionalId", doctor, "access", "READ"));
        assertThat(read.status()).as(read.raw()).isLessThan(300);
        var refused = lookup(reader.login(), enterprise, nam);
        assertThat(refused.status()).as("read-only on every agenda").isEqualTo(403);
        assertThat(refused.raw()).doesNotContain(nam);
        assertThat(lookup(nobody.login(), enterprise, nam).status()).as("no row on any agenda").isEqualTo(403);
        assertThat(lookup(Api.admin(), enterprise, nam).status()).as("the operator books no appointment").isEqualTo(403);
        var readWrite = api.post(enterprise.admin().login(), employeePath(enterprise, readerEmployee) + "/permissions",
                Map.of("location", "ALL", "professionalId", doctor, "access", "READ_WRITE"));
        assertThat(readWrite.status()).as(readWrite.raw()).isLessThan(300);
        assertThat(lookup(reader.login(), enterprise, nam).text("/matched")).isEqualTo("true");
    }

    @Test
    void R177_anUnmatchedNamAsksForTheNamesSexAndDateOfBirthByHand() {
        Enterprise enterprise = enterprise(false);
        var unmatched = lookup(enterprise.admin().login(), enterprise, nam());
        assertThat(unmatched.status()).isEqualTo(200);
        assertThat(unmatched.text("/matched")).isEqualTo("false");
        assertThat(unmatched.text("/message")).isEqualTo(UNMATCHED);
        for (String field : List.of("firstName", "lastName", "sex", "dateOfBirth")) {
            assertThat(unmatched.body().hasNonNull(field)).as(field + " is left to staff").isFalse();
        }
    }

    @Test
    void aNamIsNeverLoggedNorEchoedInAProblem(CapturedOutput output) {
        String nam = nam();
        String other = nam();
        Enterprise enterprise = enterprise(false);
        int before = output.length();
        List<Api.Response> answers = List.of(
                api.post(Api.admin(), "/api/clinic/ramq-patients", patient(nam)),
                api.post(Api.admin(), "/api/clinic/ramq-patients", patient(nam.toLowerCase())), // 409
                api.post(enterprise.admin().login(), "/api/clinic/ramq-patients", patient(other)), // 403
                lookup(enterprise.admin().login(), enterprise, nam),
                lookup(enterprise.admin().login(), enterprise, other),
                lookup(enterprise.admin().login(), enterprise, nam + "9"), // 400
                lookup(Api.admin(), enterprise, nam)); // 403
        assertThat(answers.stream().map(Api.Response::status).toList()).containsExactly(201, 409, 403, 200, 200, 400, 403);
        String logged = output.toString().substring(before);
        for (String secret : List.of(nam, nam.toLowerCase(), other)) {
            assertThat(logged).doesNotContain(secret);
        }
        answers.stream().filter(a -> a.status() >= 400).forEach(a -> assertThat(a.raw()).doesNotContain(nam).doesNotContain(other)
                .doesNotContain(nam.toLowerCase()));
    }
}
