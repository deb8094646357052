package org.vigie.scheduling.availability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import com.fasterxml.jackson.annotation.JsonFormat;

import io.swagger.v3.oas.annotations.media.Schema;

/** A slot a week-wide action creates or deletes, as it lists them (its id is null in a dry run of a quick create). */
public record WeekSlot(Long id, LocalDate date, @JsonFormat(pattern = "HH:mm") LocalTime startTime, @JsonFormat(pattern = "HH:mm") LocalTime endTime,
                String zone, Instant startsAt, Instant endsAt, Long locationId,
                @Schema(description = "R95: location, services and type all set") boolean complete,
                @Schema(description = "« Plage incomplète » (M4) for an incomplete slot") String label,
                @Schema(description = "« Vos patients ne peuvent voir cette plage de disponibilité » (M3, R127) on a quick-created slot")
                String notice) {
}
