package org.vigie.scheduling.people;

import java.time.ZoneId;

import org.vigie.web.Validation;

/**
 * §9 A23 (revised): a location's zone is a region of the tz database (America/Montreal, America/Halifax for the
 * Îles-de-la-Madeleine, America/Blanc-Sablon, which keeps no daylight saving time), never a fixed offset, which would be
 * wrong half of the year.
 */
final class LocationZones {
    private LocationZones() {
    }

    static boolean known(String zone) {
        return zone != null && ZoneId.getAvailableZoneIds().contains(zone);
    }

    static Validation requireKnown(Validation validation, String field, String zone) {
        return validation.require(known(zone), field, "Fuseau horaire inconnu : " + zone
                + ". Donnez un identifiant de fuseau horaire, comme America/Montreal ou, aux Îles-de-la-Madeleine, America/Halifax.");
    }
}
