package org.vigie.scheduling.people;

import java.time.ZoneId;
import java.util.Map;

import org.vigie.scheduling.SchedulingRules;
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

    /** 400 on the field unless the zone is a region of the tz database, in the pack's words (location.zone.unknown). */
    static Validation requireKnown(SchedulingRules rules, Validation validation, String field, String zone) {
        return validation.require(known(zone), field, rules.text("location.zone.unknown", Map.of("zone", String.valueOf(zone))));
    }
}
