package org.vigie.scheduling.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * An appointment as the messages about it need it (§2.11, §4.28): who, when and where in the location's zone, how to reach the
 * patient and in which language. Published with {@link AppointmentChanged}; a record, never a row.
 *
 * @param channels EMAIL, SMS, VOICE_CALL (R181, R182)
 * @param language FR or EN (R183)
 * @param attendance UNCONFIRMED, PRESENT or ABSENT
 * @param status ACTIVE or CANCELLED
 * @param noShowMessage the location's option: an ABSENT mark sends the awareness message (R200)
 * @param withNam whether the patient's NAM was matched: without it the link in the messages lets the patient do nothing (R178)
 */
public record AppointmentFacts(long id, String referenceNumber, long enterpriseId, String clinicName, long locationId,
                               String locationName, String locationAddress, String locationPhone, ZoneId zone, long professionalId,
                               String professionalName, LocalDate date, LocalTime time, int durationMinutes, Instant startsAt,
                               String firstName, String lastName, String email, String mobilePhone, String homePhone,
                               Set<String> channels, String language, String attendance, String status, boolean noShowMessage,
                               boolean withNam) {
    @Override
    public String toString() {
        return "AppointmentFacts[id=" + id + ", reference=" + referenceNumber + "]"; // a patient's details never reach a log
    }
}
