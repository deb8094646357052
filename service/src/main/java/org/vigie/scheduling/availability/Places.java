package org.vigie.scheduling.availability;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.vigie.scheduling.people.ClinicDirectory;

/**
 * The zones and labels of the locations one request meets, each read once (a year of a template or a feed's window is
 * hundreds of slots at a handful of locations). No location (an incomplete slot) reads in the service's zone, with no label.
 */
final class Places {
    private final ClinicDirectory people;
    private final ZoneId serviceZone;
    private final Map<Long, ZoneId> zones = new HashMap<>();
    private final Map<Long, String> labels = new HashMap<>();

    Places(ClinicDirectory people, ZoneId serviceZone) {
        this.people = people;
        this.serviceZone = serviceZone;
    }

    ZoneId zone(Long locationId) {
        return locationId == null ? serviceZone : zones.computeIfAbsent(locationId, people::zone);
    }

    String label(Long locationId) {
        return locationId == null ? null : labels.computeIfAbsent(locationId, id -> people.locationLabel(id).orElse(null));
    }
}
