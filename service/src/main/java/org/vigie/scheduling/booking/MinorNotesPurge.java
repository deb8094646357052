package org.vigie.scheduling.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.vigie.scheduling.people.ClinicDirectory;

/**
 * R185, §9 A29: the day after the appointment, in its location's zone, the consultation reason and the patient note of a patient
 * under 18 on the appointment's date are deleted. Every instance may run it: each row is cleared by a conditional update
 * ({@code notes_purged_at IS NULL}), so it is cleared once. A missed run catches up at the next one.
 */
@Component
class MinorNotesPurge {
    private final Appointments appointments;
    private final ClinicDirectory people;
    private final Clock clock;

    MinorNotesPurge(Appointments appointments, ClinicDirectory people, Clock clock) {
        this.appointments = appointments;
        this.people = people;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${vigie.scheduling.minor-purge-interval:1h}", initialDelayString = "${vigie.scheduling.minor-purge-interval:1h}")
    void run() {
        purge();
    }

    /** Clears what is due now; how many appointments this run cleared. */
    int purge() {
        Instant now = clock.instant();
        // a day ends first at UTC+14: no appointment dated after this is on its D+1 anywhere yet
        LocalDate latest = LocalDate.ofInstant(now, ZoneId.of("Etc/GMT-14")).minusDays(1);
        Map<Long, ZoneId> zones = new HashMap<>();
        int purged = 0;
        for (Appointment a : appointments.minorsNotesUntil(latest)) {
            ZoneId zone = zones.computeIfAbsent(a.locationId(), people::zone);
            if (LocalDate.ofInstant(now, zone).isAfter(a.date()) && appointments.purgeNotes(a.id(), now)) {
                purged++;
            }
        }
        return purged;
    }
}
