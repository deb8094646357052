package org.vigie.scheduling.availability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;

import io.swagger.v3.oas.annotations.media.Schema;

/** A slot as the agenda shows it (§2.9, R95, R97). */
record SlotView(long id, LocalDate date, @JsonFormat(pattern = "HH:mm") LocalTime startTime, @JsonFormat(pattern = "HH:mm") LocalTime endTime,
                @Schema(description = "The zone its local date and times are read in: its location's, else the service's") String zone,
                Instant startsAt, Instant endsAt, Long locationId,
                @Schema(description = "The location's abbreviation, or its name") String locationLabel, Visibility visibility,
                Instant publishFrom, @Schema(description = "R95: location, services and type all set") boolean complete,
                @Schema(description = "The location's label, or « Plage incomplète » (M4, R97)") String label,
                List<SlotService> services) {
    /** A service of the slot, with its reason; « inactif » once deleted (R78). */
    record SlotService(long id, String appointmentType, String reason, String reasonLabel, int durationMinutes, String state) {
    }
}
