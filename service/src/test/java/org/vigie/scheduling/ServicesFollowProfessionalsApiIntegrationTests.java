package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * What a professional offers when their employee record goes (R46) or they depart (R45), through the API. Our reading: a
 * deleted professional's services are deleted, so that the person added again starts with none; a departure keeps them.
 */
class ServicesFollowProfessionalsApiIntegrationTests extends ClinicTest {

    record Offer(long professional, long first, long second, long group) {
    }

    /** A professional with two services in one group and a booking horizon of 6 weeks. */
    Offer offer(Enterprise enterprise, Person doctor) {
        long professional = hire(enterprise, doctor, enterprise.location1());
        String path = professionalPath(enterprise, professional);
        long first = api.post(enterprise.admin().login(), path + "/services",
                Map.of("appointmentType", "MF", "reason", "MINOR_EMERGENCY", "durationMinutes", 15)).body().get("id").asLong();
        long second = api.post(enterprise.admin().login(), path + "/services",
                Map.of("appointmentType", "MF", "reason", "PRIORITY_CONSULTATION", "durationMinutes", 15)).body().get("id").asLong();
        var group = api.post(enterprise.admin().login(), path + "/service-groups", Map.of("name", "Urgences", "serviceIds", List.of(first, second)));
        assertThat(group.status()).as(group.raw()).isEqualTo(201);
        assertThat(api.put(enterprise.admin().login(), path + "/options", Map.of("bookingHorizonEnabled", true, "bookingHorizonMaxWeeks", 6))
                .status()).isEqualTo(200);
        return new Offer(professional, first, second, group.body().get("id").asLong());
    }

    @Test
    void R46_R78_aDeletedProfessionalsServicesReadAsDeletedAndThePersonAddedAgainStartsWithNone() {
        Enterprise enterprise = enterprise(false);
        Person doctor = person("1");
        Offer offer = offer(enterprise, doctor);
        String path = professionalPath(enterprise, offer.professional());

        var deleted = api.delete(enterprise.admin().login(), employeePath(enterprise, offer.professional()));
        assertThat(deleted.status()).as(deleted.raw()).isEqualTo(200);
        assertThat(api.get(enterprise.admin().login(), path + "/services").body()).isEmpty();
        var past = api.get(enterprise.admin().login(), path + "/services?includeDeleted=true");
        assertThat(past.body()).extracting(s -> s.get("id").asLong() + " " + s.get("state").asText())
                .containsExactly(offer.first() + " inactif", offer.second() + " inactif");
        assertThat(past.body()).allSatisfy(s -> assertThat(s.get("deletedAt").isNull()).isFalse());
        assertThat(api.get(enterprise.admin().login(), path + "/service-groups").body()).isEmpty();
        assertThat(count("clinic_service_group", "id = ?", offer.group())).isZero();
        assertThat(count("clinic_professional_options", "employee_id = ?", offer.professional())).isZero();

        long again = hire(enterprise, doctor, enterprise.location1());
        String pathAgain = professionalPath(enterprise, again);
        assertThat(api.get(enterprise.admin().login(), pathAgain + "/services").body()).as("no service comes back").isEmpty();
        assertThat(api.get(enterprise.admin().login(), pathAgain + "/service-groups").body()).isEmpty();
        assertThat(api.get(enterprise.admin().login(), pathAgain + "/options").body().get("bookingHorizonEnabled").asBoolean()).isFalse();
    }

    @Test
    void R45_aDepartureKeepsTheProfessionalsServicesGroupsAndOptions() {
        Enterprise enterprise = enterprise(false);
        Offer offer = offer(enterprise, person("1"));
        LocalDate today = LocalDate.now(ZoneId.of("America/Montreal"));
        var departed = api.put(enterprise.admin().login(), employeePath(enterprise, offer.professional()), Map.of("startDate",
                today.minusDays(30).toString(), "departureDate", today.minusDays(1).toString(), "workLocations", List.of(enterprise.location1())));
        assertThat(departed.status()).as(departed.raw()).isEqualTo(200);
        String path = professionalPath(enterprise, offer.professional());
        assertThat(api.get(enterprise.admin().login(), path + "/services").body()).extracting(s -> s.get("id").asLong() + " " + s.get("state").asText())
                .containsExactly(offer.first() + " actif", offer.second() + " actif");
        assertThat(api.get(enterprise.admin().login(), path + "/service-groups").body()).extracting(g -> g.get("id").asLong())
                .containsExactly(offer.group());
        assertThat(api.get(enterprise.admin().login(), path + "/options").text("/bookingHorizonMaxWeeks")).isEqualTo("6");
    }
}
