package org.vigie.scheduling.booking;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.scheduling.people.ClinicDirectory.EnterpriseTerms;
import org.vigie.scheduling.people.ClinicDirectory.LocationAndEnterpriseTerms;
import org.vigie.scheduling.people.ClinicDirectory.LocationTerms;
import org.vigie.scheduling.people.ClinicDirectory.PersonName;

/**
 * What one change of an appointment (a booking, a modification, a cancellation, an attendance mark) reads of its enterprise,
 * its locations and people's names, each read at most once in its transaction: the checks, the event's facts and the answer's
 * view ask here rather than read the same rows again. One per change and per transaction attempt, never kept longer.
 */
final class ChangeTerms {
    private final ClinicDirectory people;
    private final long enterpriseId;
    private EnterpriseTerms enterprise;
    private final Map<Long, Optional<LocationTerms>> locations = new HashMap<>();
    private final Map<Long, Optional<String>> names = new HashMap<>();

    ChangeTerms(ClinicDirectory people, long enterpriseId) {
        this.people = people;
        this.enterpriseId = enterpriseId;
    }

    long enterpriseId() {
        return enterpriseId;
    }

    EnterpriseTerms enterprise() {
        if (enterprise == null) {
            enterprise = people.enterpriseTerms(enterpriseId).orElseThrow();
        }
        return enterprise;
    }

    /** One of the enterprise's locations; empty when it is not one of its. The first read takes the enterprise's terms with it. */
    Optional<LocationTerms> location(long locationId) {
        return locations.computeIfAbsent(locationId, id -> {
            if (enterprise != null) {
                return people.locationTerms(enterpriseId, id);
            }
            Optional<LocationAndEnterpriseTerms> both = people.locationAndEnterpriseTerms(enterpriseId, id);
            both.ifPresent(b -> enterprise = b.enterprise());
            return both.map(LocationAndEnterpriseTerms::location);
        });
    }

    /** The location of an appointment of the enterprise, which always is one of its. */
    LocationTerms appointmentLocation(long locationId) {
        return location(locationId).orElseThrow();
    }

    /** An employee's full name, whatever their state. */
    Optional<String> name(long employeeId) {
        return names.computeIfAbsent(employeeId, id -> people.name(id).map(PersonName::full));
    }

    /** A name the change already read (the professional's, from their employee record). */
    void knowName(long employeeId, String firstName, String lastName) {
        names.put(employeeId, Optional.of(new PersonName(firstName, lastName).full()));
    }
}
