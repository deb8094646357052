package org.vigie.scheduling.people;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.vigie.scheduling.Actor;

/**
 * What the other parts of scheduling may read of enterprises, locations and employees: the published API of
 * {@code people}, so that no other module names its tables. Records, never rows.
 */
public interface ClinicDirectory {
    /** The employee record in the enterprise, whatever its state; 404 in the enterprise's words when it is not one of its. */
    EmployeeView employee(long enterpriseId, long employeeId);

    /** The employee record, refused (404) when deleted or departed. */
    EmployeeView activeEmployee(long enterpriseId, long employeeId);

    /** 403 unless the actor may read this employee's record (R40: everyone reads their own; managers read all). */
    void requireReadable(Actor actor, long employeeId);

    /** 404 in the enterprise's words unless the location is one of the enterprise's. */
    void requireLocation(long enterpriseId, long locationId);

    Optional<String> enterpriseName(long enterpriseId);

    /** Whether the enterprise is a GMF (family medicine group): GMF appointments exist only there (R69). */
    boolean isGmf(long enterpriseId);

    boolean locationInEnterprise(long locationId, long enterpriseId);

    Optional<String> locationName(long locationId);

    /** An employee's names, whatever their state. */
    Optional<PersonName> name(long employeeId);

    /** The RAMQ registry's person behind a signed-in RAMQ identifier. */
    Optional<Long> personId(String ramqId);

    /** How many active employee records (not deleted, not departed on the day) a RAMQ identifier has, in every enterprise. */
    long activeRecords(String ramqId, LocalDate day);

    /**
     * Every health professional (a practice number) active on the day, at each of their work locations, ordered by last
     * name, first name, employee and location.
     */
    List<ProfessionalAtLocation> activeProfessionalsAtTheirLocations(long enterpriseId, LocalDate day);

    record PersonName(String firstName, String lastName) {
        public String full() {
            return firstName + " " + lastName;
        }
    }

    record ProfessionalAtLocation(long locationId, String locationName, String locationAbbreviation, long employeeId,
                                  String firstName, String lastName, String practiceNumber) {
    }

    /**
     * The location's time zone (§9 A23, revised): every wall-clock rule about it (weeks, "in the past", cutoffs, reminders) is
     * computed there; 404 when there is no such location.
     */
    ZoneId zone(long locationId);

    /**
     * What an agenda shows of a location, read at once: its label (abbreviation, else name, §2.9), its zone (§9 A23) and how it
     * presents availabilities to patients (its option availabilityDisplayMode, R120); empty when there is no such location.
     */
    Optional<LocationDisplay> locationDisplay(long locationId);

    record LocationDisplay(String label, ZoneId zone, String displayMode) {
    }

    /** A location's label in an agenda: its abbreviation, or its name when it has none (§2.9); empty when there is no such location. */
    Optional<String> locationLabel(long locationId);

    /**
     * What a booking reads of its enterprise (R167, R190): its name, its GMF number (null unless a GMF) and whether RAMQ extended
     * its past window to 365 days; empty when there is no such enterprise.
     */
    Optional<EnterpriseTerms> enterpriseTerms(long enterpriseId);

    record EnterpriseTerms(String name, String gmfNumber, boolean pastWindowExtended) {
    }

    /**
     * What a booking reads or freezes of a location (R206, R200, §4.28): its name, address and phone for the messages, its zone,
     * its online-cancellation cutoff and its no-show option; empty when it is not one of the enterprise's.
     */
    Optional<LocationTerms> locationTerms(long enterpriseId, long locationId);

    record LocationTerms(long id, String name, String address, String phone, ZoneId zone, int cancelCutoffValue, String cancelCutoffUnit,
                         boolean noShowMessage) {
    }

    /**
     * What links a connected agenda software to a location of the enterprise (R21, R255): its unique identifier and the machine
     * identifier RAMQ recorded on it (null when it has none); empty when it is not one of the enterprise's locations.
     */
    Optional<LcgaLocation> lcgaLocation(long enterpriseId, long locationId);

    /**
     * The same, the location's row locked to the end of the transaction: linking waits for RAMQ's change of the machine id
     * (which updates that row) and for another linking of the same location, and then reads what they committed.
     */
    Optional<LcgaLocation> lockedLcgaLocation(long enterpriseId, long locationId);

    record LcgaLocation(long id, long enterpriseId, String locationUid, String machineId) {
        /** Whether RAMQ recorded a machine identifier on the location: without one no LCGA can be linked to it (R255). */
        public boolean hasMachineId() {
            return machineId != null && !machineId.isBlank();
        }
    }

    /** A location's terms with its enterprise's, in one read; empty when the location is not one of the enterprise's. */
    Optional<LocationAndEnterpriseTerms> locationAndEnterpriseTerms(long enterpriseId, long locationId);

    record LocationAndEnterpriseTerms(LocationTerms location, EnterpriseTerms enterprise) {
    }
}
