package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Reading and searching appointments (R228, R66, §3.5.8.1): at least one criterion, only on agendas the caller may view, each
 * saying whether they may cancel it; a cancelled appointment is still found, with its status (R227).
 */
class AppointmentSearchApiIntegrationTests extends BookingTest {

    @Test
    void R228_aSearchNeedsOneCriterionOtherThanTheReason() {
        var refused = api.get(enterprise.admin().login(), appointments());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("/errors/0/field")).isEqualTo("reference");
        assertThat(refused.text("/errors/0/message")).startsWith("Donnez au moins un critère");
        assertThat(api.get(enterprise.admin().login(), appointments() + "?reasonCode=MINOR_EMERGENCY").status()).isEqualTo(400);
    }

    @Test
    void R228_R66_eachCriterionFindsTheAppointmentOnViewableAgendasWithMayCancel() {
        Map<String, Object> body = booking("09:15");
        body.put("reasonCode", "MINOR_EMERGENCY");
        var booked = booked(body);
        String reference = booked.text("/referenceNumber");
        Map<String, Object> other = booking("10:00");
        other.put("patient", Map.of("firstName", "Marc", "lastName", "Gagnon", "sex", "M", "dateOfBirth", "1970-01-01"));
        other.put("email", "marc@example.org");
        booked(other);
        for (String query : new String[] {"reference=" + reference, "lastName=trem", "firstName=Julie", "dateOfBirth=2000-05-01",
                "email=julie@example.org", "mobilePhone=514-555-0142&lastName=Tremblay", "from=" + DAY + "&to=" + DAY + "&reasonCode=MINOR_EMERGENCY"}) {
            var found = api.get(enterprise.admin().login(), appointments() + "?" + query);
            assertThat(found.status()).as(query + found.raw()).isEqualTo(200);
            assertThat(found.body().findValuesAsText("referenceNumber")).as(query).containsExactly(reference);
            assertThat(found.body().get(0).get("mayCancel").asBoolean()).as(query).isTrue();
        }
        var reading = api.get(reader.login(), appointments() + "?reference=" + reference);
        assertThat(reading.body().get(0).get("mayCancel").asBoolean()).as("R66: read-only, the eye icon").isFalse();
        assertThat(api.get(reader.login(), appointments() + "/" + booked.text("/id")).status()).isEqualTo(200);
        Person outsider = person(null);
        hire(enterprise, outsider, enterprise.location1());
        assertThat(api.get(outsider.login(), appointments() + "?reference=" + reference).body()).as("no row on the agenda").isEmpty();
        assertThat(api.get(outsider.login(), appointments() + "/" + booked.text("/id")).status()).isEqualTo(403);
    }

    @Test
    void R228_theAgendasTheCallerMayNotViewDoNotCrowdOutTheOnesTheyMay() {
        // more appointments than a search answers, all earlier in the day, on an agenda the reader may not view
        Map<String, Object> hidden = booking("08:00");
        hidden.putAll(Map.of("professionalId", roamingProfessional, "locationId", enterprise.location1(), "durationMinutes", 15));
        for (int i = 0; i < 201; i++) {
            booked(hidden);
        }
        String reference = booked(booking("09:15")).text("/referenceNumber");
        var found = api.get(reader.login(), appointments() + "?lastName=Tremblay");
        assertThat(found.status()).as(found.raw()).isEqualTo(200);
        assertThat(found.body().findValuesAsText("referenceNumber")).containsExactly(reference);
        assertThat(api.get(enterprise.admin().login(), appointments() + "?lastName=Tremblay").body()).as("the manager's answer is full")
                .hasSize(200);
    }
}
