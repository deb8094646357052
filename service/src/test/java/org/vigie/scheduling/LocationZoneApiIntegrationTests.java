package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.support.Api;
import org.vigie.web.NotFoundException;

/** §9 A23 (revised): each location carries its own time zone, which RAMQ sets and changes and the other parts read. */
class LocationZoneApiIntegrationTests extends ClinicTest {
    @Autowired
    ClinicDirectory directory;

    static Map<String, Object> located(String name, String zone) {
        Map<String, Object> location = new HashMap<>(location(name));
        location.put("zone", zone);
        return location;
    }

    @Test
    void A23_eachLocationHasItsOwnZoneWhichRamqSetsWhenAddingItAndAloneChanges() {
        Person admin = person(null);
        var created = api.post(Api.admin(), "/api/clinic/enterprises", Map.of("name", "Clinique " + unique(), "gmf", false,
                "locations", List.of(location("Clinique du Plateau"), located("Clinique des Îles", "America/Halifax")),
                "localAdmins", List.of(admin.ramqId())));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.text("/locations/0/zone")).as("the service's zone when RAMQ gives none").isEqualTo("America/Montreal");
        assertThat(created.text("/locations/1/zone")).as("the Îles-de-la-Madeleine").isEqualTo("America/Halifax");
        String enterprise = "/api/clinic/enterprises/" + created.body().get("id").asLong();
        long plateau = created.body().at("/locations/0/id").asLong();
        long iles = created.body().at("/locations/1/id").asLong();
        assertThat(directory.zone(plateau)).isEqualTo(ZoneId.of("America/Montreal"));
        assertThat(directory.zone(iles)).isEqualTo(ZoneId.of("America/Halifax"));

        var added = api.post(Api.admin(), enterprise + "/locations", located("Point de service de Blanc-Sablon", "America/Blanc-Sablon"));
        assertThat(added.status()).as(added.raw()).isEqualTo(201);
        assertThat(api.get(admin.login(), enterprise + "/locations/" + added.body().get("id").asLong()).text("/zone"))
                .as("every employee reads it").isEqualTo("America/Blanc-Sablon");

        var byClinic = api.patch(admin.login(), enterprise + "/locations/" + plateau, Map.of("zone", "America/Halifax"));
        assertThat(byClinic.status()).isEqualTo(400);
        assertThat(byClinic.text("/errors/0/field")).isEqualTo("zone");
        assertThat(byClinic.text("/errors/0/message")).isEqualTo("Seule la RAMQ modifie le fuseau horaire d'un lieu.");
        assertThat(directory.zone(plateau)).as("unchanged").isEqualTo(ZoneId.of("America/Montreal"));

        var byRamq = api.patch(Api.admin(), enterprise + "/locations/" + plateau, Map.of("zone", "America/Halifax"));
        assertThat(byRamq.status()).as(byRamq.raw()).isEqualTo(200);
        assertThat(byRamq.text("/zone")).isEqualTo("America/Halifax");
        assertThat(directory.zone(plateau)).isEqualTo(ZoneId.of("America/Halifax"));
        assertThat(api.get(admin.login(), enterprise).body().findValuesAsText("zone"))
                .containsExactly("America/Halifax", "America/Halifax", "America/Blanc-Sablon");
        assertThat(count("clinic_audit", "target = ? AND action = 'location.information.edit' AND details LIKE '%zone=America/Halifax%'",
                "location:" + plateau)).isEqualTo(1);
    }

    @Test
    void A23_aZoneThatIsNotARegionOfTheTimeZoneDatabaseIsRefusedOnItsFieldAndNothingIsWritten() {
        Person admin = person(null);
        String name = "Clinique " + unique();
        var mars = api.post(Api.admin(), "/api/clinic/enterprises", Map.of("name", name, "gmf", false,
                "locations", List.of(location("Clinique du Plateau"), located("Base Olympus", "Mars/Olympus")),
                "localAdmins", List.of(admin.ramqId())));
        assertThat(mars.status()).isEqualTo(400);
        assertThat(mars.text("/errors/0/field")).isEqualTo("locations[1].zone");
        assertThat(mars.text("/errors/0/message")).startsWith("Fuseau horaire inconnu : Mars/Olympus.");
        assertThat(count("clinic_enterprise", "name = ?", name)).isZero();

        Enterprise enterprise = enterprise(false);
        long before = count("clinic_location", "enterprise_id = ?", enterprise.id());
        var offset = api.post(Api.admin(), enterprise.path() + "/locations", located("Lieu", "-05:00"));
        assertThat(offset.status()).as("a fixed offset is wrong half of the year").isEqualTo(400);
        assertThat(offset.text("/errors/0/field")).isEqualTo("zone");
        assertThat(count("clinic_location", "enterprise_id = ?", enterprise.id())).isEqualTo(before);

        var accented = api.patch(Api.admin(), enterprise.path() + "/locations/" + enterprise.location1(), Map.of("zone", "America/Montréal"));
        assertThat(accented.text("/errors/0/field")).isEqualTo("zone");
        assertThat(directory.zone(enterprise.location1())).isEqualTo(ZoneId.of("America/Montreal"));
        assertThatThrownBy(() -> directory.zone(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
    }
}
