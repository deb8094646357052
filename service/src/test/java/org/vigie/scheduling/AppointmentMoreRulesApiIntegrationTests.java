package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.vigie.support.Api;
import org.vigie.support.Together;

/**
 * Staff booking rules of §3.5.2-§3.5.5 not proven elsewhere (issue 17): concurrent appointments and the same patient twice a
 * day (R168, R169), a past date within the window (R175), the names of a matched NAM (R179), attendance (R208, R209), the
 * location of a move into a slot elsewhere (R213) and of a change of professional (R215).
 */
class AppointmentMoreRulesApiIntegrationTests extends BookingTest {

    /** The booking's fields again, changed: a modification sends the whole appointment with the version read. */
    Map<String, Object> change(JsonNode appointment, String date, String time) {
        Map<String, Object> body = booking(time);
        body.put("professionalId", appointment.get("professionalId").asLong());
        body.put("date", date);
        body.put("durationMinutes", appointment.get("durationMinutes").asInt());
        body.put("locationId", appointment.get("locationId").asLong());
        body.put("version", appointment.get("version").asInt());
        return body;
    }

    String path(JsonNode appointment) {
        return appointments() + "/" + appointment.get("id").asLong();
    }

    Api.Response put(JsonNode appointment, Map<String, Object> body) {
        return api.put(enterprise.admin().login(), path(appointment), body);
    }

    @Test
    void R168_staffBookTwoAppointmentsOfTheSameProfessionalAtTheSameDateAndTime() throws Exception {
        List<Callable<Api.Response>> both = List.of(() -> book(enterprise.admin().login(), booking("09:15")),
                () -> book(colleague.login(), booking("09:15")));
        var answers = Together.run(both);
        assertThat(answers).extracting(Api.Response::status).as(answers.get(0).raw() + answers.get(1).raw()).containsExactly(201, 201);
        assertThat(answers).extracting(a -> a.text("/startsAt")).containsOnly("2027-02-10T14:15:00Z");
        var agenda = api.get(enterprise.admin().login(), professionalPath(enterprise, professional) + "/agenda?from=2027-02-07&to=2027-02-13");
        assertThat(agenda.body().get("appointments").findValuesAsText("startTime")).containsExactly("09:15", "09:15");
        assertThat(appointmentCount()).isEqualTo(2);
    }

    @Test
    void R169_staffBookTheSamePatientTwiceOnTheSameDay() {
        var morning = booked(booking("09:15"));
        Map<String, Object> again = booking("10:30");
        again.put("professionalId", roamingProfessional);
        again.put("locationId", enterprise.location1());
        again.put("durationMinutes", 20);
        var later = booked(again);
        var sameTime = booked(booking("09:15"));
        assertThat(List.of(morning, later, sameTime)).extracting(a -> a.text("/patient/lastName") + "/" + a.text("/date"))
                .containsOnly("Tremblay/" + DAY);
        var found = api.get(enterprise.admin().login(), appointments() + "?lastName=Tremblay");
        assertThat(found.status()).as(found.raw()).isEqualTo(200);
        assertThat(found.body()).hasSize(3);
    }

    @Test
    void R175_theDateAndTimeAreEditableAndMayBeSetInThePastWithinTheWindow() {
        Map<String, Object> old = booking("09:15");
        old.put("date", TODAY.minusDays(30).toString());
        old.put("durationMinutes", 15);
        JsonNode past = booked(old).body();
        assertThat(past.get("date").asText()).isEqualTo(TODAY.minusDays(30).toString());
        var edited = put(past, change(past, TODAY.minusDays(85).toString(), "15:40"));
        assertThat(edited.status()).as(edited.raw()).isEqualTo(200);
        assertThat(List.of(edited.text("/date"), edited.text("/time"), edited.text("/startsAt")))
                .containsExactly(TODAY.minusDays(85).toString(), "15:40", TODAY.minusDays(85) + "T20:40:00Z");
        var read = api.get(enterprise.admin().login(), path(past));
        assertThat(read.text("/date")).isEqualTo(TODAY.minusDays(85).toString());
        var before = snapshot();
        refused(put(past, change(edited.body(), TODAY.minusDays(91).toString(), "15:40")), 400, "date", "plus de 90 jours dans le passé",
                before);
    }

    @Test
    void R179_theNamesOfAMatchedNamAreRamqsTheClinicsEditIsTheAppointmentsAndRamqsRecordStays() {
        String nam = PatientRegistryApiIntegrationTests.nam();
        var registered = api.post(Api.admin(), "/api/clinic/ramq-patients", PatientRegistryApiIntegrationTests.patient(nam));
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        String lookup = enterprise.path() + "/patients/lookup";
        var filled = api.post(enterprise.admin().login(), lookup, Map.of("nam", nam));
        assertThat(List.of(filled.text("/matched"), filled.text("/firstName"), filled.text("/lastName"))).containsExactly("true", "Julie", "Tremblay");
        Map<String, Object> body = booking("09:15");
        Map<String, Object> edited = patient(nam, "1985-03-15");
        edited.put("firstName", "Juliette");
        edited.put("lastName", "Tremblay-Roy");
        body.put("patient", edited);
        body.put("channels", List.of("EMAIL", "SMS"));
        JsonNode a = booked(body).body();
        assertThat(List.of(a.get("patient").get("firstName").asText(), a.get("patient").get("lastName").asText()))
                .containsExactly("Juliette", "Tremblay-Roy");
        var messages = api.get(enterprise.admin().login(), path(a) + "/messages");
        assertThat(messages.body().findValuesAsText("body")).isNotEmpty().allSatisfy(text -> assertThat(text).contains("Juliette"));
        var again = api.post(enterprise.admin().login(), lookup, Map.of("nam", nam));
        assertThat(List.of(again.text("/firstName"), again.text("/lastName"))).as("RAMQ's record untouched").containsExactly("Julie", "Tremblay");
    }

    @Test
    void R208_R209_attendanceStartsUnconfirmedAndIsSetPresentOrAbsentOnPastAndFutureAppointments() {
        Map<String, Object> old = booking("09:15");
        old.put("date", TODAY.minusDays(2).toString());
        old.put("durationMinutes", 15);
        JsonNode past = booked(old).body();
        JsonNode ahead = booked(booking("09:15")).body();
        assertThat(List.of(past.get("attendance").asText(), ahead.get("attendance").asText())).containsOnly("UNCONFIRMED");
        int version = 0;
        for (String attendance : List.of("PRESENT", "ABSENT", "UNCONFIRMED")) {
            for (JsonNode a : List.of(past, ahead)) {
                var set = api.put(colleague.login(), path(a) + "/attendance", Map.of("attendance", attendance, "version", version));
                assertThat(set.status()).as(set.raw()).isEqualTo(200);
                assertThat(set.text("/attendance")).isEqualTo(attendance);
                assertThat(api.get(enterprise.admin().login(), path(a)).text("/attendance")).isEqualTo(attendance);
            }
            version++;
        }
        var before = snapshot();
        refused(api.put(enterprise.admin().login(), path(ahead) + "/attendance", Map.of("attendance", "LATE", "version", version)), 400,
                "attendance", null, before);
    }

    @Test
    void R213_aMoveIntoACompleteSlotAtAnotherLocationTakesTheSlotsLocationTheOnlyOneAllowed() {
        var created = api.post(enterprise.admin().login(), professionalPath(enterprise, roamingProfessional) + "/services",
                Map.of("appointmentType", "MF", "reason", "MINOR_EMERGENCY", "durationMinutes", 15));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        var opened = api.post(enterprise.admin().login(), professionalPath(enterprise, roamingProfessional) + "/slots", Map.of("date", DAY,
                "startTime", "13:00", "endTime", "16:00", "locationId", enterprise.location2(), "serviceIds",
                List.of(created.body().get("id").asLong()), "visibility", "PUBLIC"));
        assertThat(opened.status()).as(opened.raw()).isEqualTo(201);
        Map<String, Object> body = booking("09:00");
        body.put("professionalId", roamingProfessional);
        body.put("locationId", enterprise.location1());
        body.put("durationMinutes", 15);
        JsonNode a = booked(body).body();
        assertThat(a.get("inSlot").asBoolean()).isFalse();
        var before = snapshot();
        refused(put(a, change(a, DAY, "13:15")), 400, "locationId", "Ce rendez-vous tombe dans une plage de", before);
        Map<String, Object> into = change(a, DAY, "13:15");
        into.put("locationId", enterprise.location2());
        var moved = put(a, into);
        assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
        assertThat(moved.body().get("locationId").asLong()).isEqualTo(enterprise.location2());
        assertThat(moved.body().get("inSlot").asBoolean()).isTrue();
        Map<String, Object> unnamed = change(moved.body(), DAY, "14:00");
        unnamed.remove("locationId");
        var within = put(a, unnamed);
        assertThat(within.status()).as(within.raw()).isEqualTo(200);
        assertThat(within.body().get("locationId").asLong()).as("the slot's, when none is named").isEqualTo(enterprise.location2());
    }

    @Test
    void R215_aChangeOfProfessionalTakesOneOfTheNewProfessionalsLocationsOrTheNewSlots() {
        Map<String, Object> body = booking("14:00");
        body.put("professionalId", roamingProfessional);
        body.put("locationId", enterprise.location2());
        body.put("durationMinutes", 15);
        JsonNode a = booked(body).body();
        Map<String, Object> toDoctor = change(a, DAY, "14:00");
        toDoctor.put("professionalId", professional);
        var before = snapshot();
        refused(put(a, toDoctor), 400, "locationId", "Ce professionnel ne travaille pas à ce lieu.", before);
        Map<String, Object> intoSlot = change(a, DAY, "09:30");
        intoSlot.put("professionalId", professional);
        refused(put(a, intoSlot), 400, "locationId", "Ce rendez-vous tombe dans une plage de", before);
        toDoctor.put("locationId", enterprise.location1());
        var changed = put(a, toDoctor);
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        assertThat(changed.body().get("professionalId").asLong()).isEqualTo(professional);
        assertThat(changed.body().get("locationId").asLong()).isEqualTo(enterprise.location1());
        intoSlot.put("locationId", enterprise.location1());
        intoSlot.put("version", changed.body().get("version").asInt());
        var inSlot = put(a, intoSlot);
        assertThat(inSlot.status()).as(inSlot.raw()).isEqualTo(200);
        assertThat(inSlot.body().get("inSlot").asBoolean()).isTrue();
    }
}
