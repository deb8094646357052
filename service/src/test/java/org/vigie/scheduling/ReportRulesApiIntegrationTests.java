package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.support.Api;

/**
 * The report generator's criteria and scope (guide §3.6.1, spec §6.2, §6.4): who reports on which agendas (R232, R240), the
 * professional and location choices (R233, R234, R49), the professions (R235), reasons (R236) and attendance (R237, R210),
 * the patient, and that no other enterprise's patient ever shows.
 */
class ReportRulesApiIntegrationTests extends ReportTest {
    Enterprise enterprise;
    Person doctorA;
    Person doctorB;
    long a;
    long b;

    @BeforeEach
    void twoPhysiciansAtTwoLocations() {
        clock.today(LocalDate.of(2026, 11, 20));
        enterprise = enterprise(true);
        doctorA = person("1");
        doctorB = person("1");
        a = hire(enterprise, doctorA, enterprise.location1(), enterprise.location2());
        b = hire(enterprise, doctorB, enterprise.location1(), enterprise.location2());
    }

    @Test
    void R232_aLocalAdministratorAndASuperUserReportOnEveryAgendaByDateTimeAndProfessional() {
        String b1 = insert(enterprise, enterprise.location2(), b, appointment("2026-12-04", "09:00"));
        String a1 = insert(enterprise, enterprise.location1(), a, appointment("2026-12-04", "09:00"));
        String a0 = insert(enterprise, enterprise.location1(), a, appointment("2026-12-03", "14:00"));
        insert(enterprise, enterprise.location1(), b, appointment("2026-11-30", "09:00"));
        String cancelled = insert(enterprise, enterprise.location1(), a, with(appointment("2026-12-05", "10:00"), "status", "CANCELLED"));

        var preview = report(enterprise.admin().login(), enterprise, criteria());
        assertThat(references(preview)).as("by date, time, then professional; November is out of the period").containsExactly(a0, a1, b1);
        assertThat(preview.body().get("count").asInt()).isEqualTo(3);
        assertThat(preview.body().get("maximum").asInt()).isEqualTo(1000);
        var first = preview.body().get("rows").get(0);
        assertThat(first.get("date").asText()).isEqualTo("2026-12-03");
        assertThat(first.get("startTime").asText()).isEqualTo("14:00");
        assertThat(first.get("professional").asText()).endsWith(" " + name(doctorA));
        assertThat(first.get("profession").asText()).isEqualTo("Médecin");
        assertThat(first.get("location").asText()).isEqualTo("Clinique du Plateau");
        assertThat(first.get("reason").asText()).isEqualTo("Suivi régulier");
        assertThat(first.get("attendanceLabel").asText()).isEqualTo("Non confirmée");
        assertThat(first.get("statusLabel").asText()).isEqualTo("Actif");
        assertThat(first.get("lastName").asText()).isEqualTo("Tremblay");
        assertThat(first.get("sex").asText()).isEqualTo("Féminin");

        var cancelledOnes = report(enterprise.admin().login(), enterprise, with(criteria(), "status", "CANCELLED"));
        assertThat(references(cancelledOnes)).containsExactly(cancelled);
        assertThat(cancelledOnes.body().get("rows").get(0).get("cancelledBy").asText()).isEqualTo("Réception Plateau");

        Person superUser = person(null);
        superUser(enterprise, superUser);
        assertThat(references(report(superUser.login(), enterprise, criteria()))).containsExactly(a0, a1, b1);
        assertThat(report(Api.admin(), enterprise, criteria()).status()).as("the operator does no clinic's work on patients").isEqualTo(403);
    }

    @Test
    void R240_aUserWithoutAnyRowIsRefusedAndWithOneSeesOnlyThatAgenda() {
        String a1 = insert(enterprise, enterprise.location1(), a, appointment("2026-12-04", "09:00"));
        insert(enterprise, enterprise.location2(), a, appointment("2026-12-04", "10:00"));
        String b1 = insert(enterprise, enterprise.location1(), b, appointment("2026-12-04", "11:00"));
        Person staff = person(null);
        long employee = hire(enterprise, staff, enterprise.location1());

        var refused = report(staff.login(), enterprise, criteria());
        assertThat(refused.status()).as(refused.raw()).isEqualTo(403);
        assertThat(refused.text("/detail")).startsWith("Votre profil ne permet pas de : produire un rapport ou imprimer un agenda")
                .contains("au moins un professionnel");

        grant(enterprise, employee, enterprise.location1(), a, "READ");
        assertThat(references(report(staff.login(), enterprise, criteria())))
                .as("READ on A at location 1: not A at location 2, not B").containsExactly(a1);
        assertThat(references(report(doctorB.login(), enterprise, criteria()))).as("a professional: their own agenda").containsExactly(b1);

        var outOfScope = report(staff.login(), enterprise, with(criteria(), "professionalId", String.valueOf(b)));
        assertThat(outOfScope.status()).as(outOfScope.raw()).isEqualTo(403);
        assertThat(outOfScope.text("/detail")).contains("ne fait pas partie de vos choix");
    }

    @Test
    void R234_R49_R233_departedProfessionalsAreInAllAndDeletedOnesOnlyInAllIncludingDeletedForManagers() {
        String a1 = insert(enterprise, enterprise.location1(), a, appointment("2026-12-04", "09:00"));
        String b1 = insert(enterprise, enterprise.location1(), b, appointment("2026-12-04", "10:00"));
        Person staff = person(null);
        long employee = hire(enterprise, staff, enterprise.location1());
        grant(enterprise, employee, enterprise.location1(), a, "READ_WRITE");
        jdbc.sql("UPDATE clinic_employee SET departure_date = '2026-11-25' WHERE id = ?").param(a).update();
        jdbc.sql("UPDATE clinic_employee SET deleted_at = '2026-11-26 12:00:00' WHERE id = ?").param(b).update();

        assertThat(references(report(enterprise.admin().login(), enterprise, criteria())))
                .as("« Tous »: the departed professional, not the deleted one").containsExactly(a1);
        assertThat(references(report(enterprise.admin().login(), enterprise, with(criteria(), "professionalId", "ALL_INCLUDING_DELETED"))))
                .containsExactly(a1, b1);
        for (String field : List.of("professionalId", "locationId")) {
            var refused = report(staff.login(), enterprise, with(criteria(), field, "ALL_INCLUDING_DELETED"));
            assertThat(refused.status()).as(refused.raw()).isEqualTo(403);
            assertThat(refused.text("/detail")).contains("inclure les employés et les lieux supprimés");
        }
        var unknown = report(enterprise.admin().login(), enterprise, with(criteria(), "professionalId", "TOUS"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text("/errors/0/field")).isEqualTo("professionalId");
    }

    @Test
    void R235_allProfessionsExistsOnlyInAGmfAndCoversPhysiciansResidentsAndNursePractitioners() {
        Person nurse = person("81");
        long np = hire(enterprise, nurse, enterprise.location1());
        String a1 = insert(enterprise, enterprise.location1(), a, appointment("2026-12-04", "09:00"));
        String n1 = insert(enterprise, enterprise.location1(), np, appointment("2026-12-04", "10:00"));
        var admin = enterprise.admin().login();
        assertThat(references(report(admin, enterprise, with(criteria(), "profession", "ALL_PROFESSIONS")))).containsExactly(a1, n1);
        assertThat(references(report(admin, enterprise, criteria()))).containsExactly(a1);
        assertThat(references(report(admin, enterprise, with(criteria(), "profession", "NURSE_PRACTITIONER")))).containsExactly(n1);

        Enterprise clinic = enterprise(false);
        var refused = report(clinic.admin().login(), clinic, with(criteria(), "profession", "ALL_PROFESSIONS"));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.text("/errors/0/field")).isEqualTo("profession");
        assertThat(refused.text("/errors/0/message").replace('\u00A0', ' '))
                .isEqualTo("« Toutes les professions » ne se choisit que dans un GMF : choisissez une profession.");
    }

    @Test
    void R237_R210_allThreeAttendancesByDefaultAndASubsetFilters() {
        String unconfirmed = insert(enterprise, enterprise.location1(), a, appointment("2026-12-04", "09:00"));
        String present = insert(enterprise, enterprise.location1(), a, with(appointment("2026-12-04", "10:00"), "attendance", "PRESENT"));
        String absent = insert(enterprise, enterprise.location1(), a, with(appointment("2026-12-04", "11:00"), "attendance", "ABSENT"));
        var admin = enterprise.admin().login();
        assertThat(references(report(admin, enterprise, criteria()))).containsExactly(unconfirmed, present, absent);
        var noShows = report(admin, enterprise, with(criteria(), "attendance", List.of("ABSENT")));
        assertThat(references(noShows)).as("the patients who did not show up (§6.1)").containsExactly(absent);
        assertThat(noShows.body().get("rows").get(0).get("attendanceLabel").asText()).isEqualTo("Absent");
        assertThat(references(report(admin, enterprise, with(criteria(), "attendance", List.of("PRESENT", "UNCONFIRMED")))))
                .containsExactly(unconfirmed, present);
        var none = report(admin, enterprise, with(criteria(), "attendance", List.of()));
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.text("/errors/0/field")).isEqualTo("attendance");
    }

    @Test
    void R236_everyReasonByDefaultRetiredOnesAndNoneIncludedAndOneReasonFilters() {
        String regular = insert(enterprise, enterprise.location1(), a, appointment("2026-12-04", "09:00"));
        String emergency = insert(enterprise, enterprise.location1(), a, with(appointment("2026-12-04", "10:00"), "reason", "MINOR_EMERGENCY"));
        String retired = insert(enterprise, enterprise.location1(), a, with(appointment("2026-12-04", "11:00"), "reason", "RETIRED_REASON"));
        String none = insert(enterprise, enterprise.location1(), a, with(appointment("2026-12-04", "12:00"), "reason", null));
        var admin = enterprise.admin().login();
        assertThat(references(report(admin, enterprise, criteria()))).containsExactly(regular, emergency, retired, none);
        assertThat(references(report(admin, enterprise, with(criteria(), "reasonCode", "ALL")))).hasSize(4);
        assertThat(references(report(admin, enterprise, with(criteria(), "reasonCode", "MINOR_EMERGENCY")))).containsExactly(emergency);
        var unknown = report(admin, enterprise, with(criteria(), "reasonCode", "NOPE"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text("/errors/0/field")).isEqualTo("reasonCode");
    }

    @Test
    void R232_aPatientIsFoundByNamOrNameAndAnotherEnterprisesAppointmentsNeverAppear() {
        String nam = PatientRegistryApiIntegrationTests.nam();
        String hers = insert(enterprise, enterprise.location1(), a, with(appointment("2026-12-04", "09:00"), "nam", nam, "firstName", "Hélène",
                "lastName", "Bérubé"));
        insert(enterprise, enterprise.location1(), a, appointment("2026-12-04", "10:00"));
        Enterprise elsewhere = enterprise(false);
        long there = hire(elsewhere, doctorA, elsewhere.location1());
        String theirs = insert(elsewhere, elsewhere.location1(), there, with(appointment("2026-12-04", "09:00"), "nam", nam,
                "firstName", "Hélène", "lastName", "Bérubé"));
        var admin = enterprise.admin().login();
        assertThat(references(report(admin, enterprise, with(criteria(), "patient", nam.toLowerCase())))).containsExactly(hers);
        assertThat(references(report(admin, enterprise, with(criteria(), "patient", "Hélène Bér")))).containsExactly(hers);
        assertThat(references(report(admin, enterprise, with(criteria(), "patient", "Bérubé Hél")))).containsExactly(hers);
        assertThat(references(report(elsewhere.admin().login(), elsewhere, with(criteria(), "patient", nam)))).containsExactly(theirs);
        assertThat(report(elsewhere.admin().login(), enterprise, criteria()).status()).isEqualTo(404);
        var doctors = report(doctorA.login(), enterprise, criteria());
        assertThat(doctors.status()).as(doctors.raw()).isEqualTo(200);
        assertThat(doctors.raw()).doesNotContain(theirs);
    }

    @Test
    void aPeriodIsRequiredInOrderAndAtMostAYear() {
        var admin = enterprise.admin().login();
        var missing = report(admin, enterprise, with(criteria(), "from", null));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text("/errors/0/field")).isEqualTo("from");
        var reversed = report(admin, enterprise, with(criteria(), "from", "2026-12-31", "to", "2026-12-01"));
        assertThat(reversed.text("/errors/0/message")).isEqualTo("La période se termine le jour où elle commence ou après.");
        var tooLong = report(admin, enterprise, with(criteria(), "from", "2026-01-01", "to", "2027-01-02"));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.text("/errors/0/message")).isEqualTo("Une période de rapport compte au plus 366 jours (367 demandés).");
        assertThat(report(admin, enterprise, with(criteria(), "from", "2026-01-01", "to", "2027-01-01")).status()).isEqualTo(200);
    }

    String name(Person person) {
        return jdbc.sql("SELECT last_name FROM ramq_person WHERE id = ?").param(person.id()).query(String.class).single();
    }
}
