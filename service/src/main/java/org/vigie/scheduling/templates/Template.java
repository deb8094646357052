package org.vigie.scheduling.templates;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;

import io.swagger.v3.oas.annotations.media.Schema;

/** A schedule template as kept and shown: its location (never changed, R152), name, professions, professionals and slots. */
record Template(long id, long locationId, String name,
                @Schema(description = "Practice classes it is meant for (R149): PHYSICIAN, NURSE_PRACTITIONER, RESIDENT") List<String> professions,
                @Schema(description = "The professionals it is offered for (R150)") List<Long> professionalIds,
                @Schema(description = "Its slots, Sunday first, by start (R143)") List<TemplateSlot> slots, String createdBy, Instant updatedAt) {

    /** A slot of the template: a day of the week, local times in the location's zone, its type, « Nombre de jours » and its services. */
    record TemplateSlot(Long id, DayOfWeek dayOfWeek, @JsonFormat(pattern = "HH:mm") LocalTime startTime, @JsonFormat(pattern = "HH:mm") LocalTime endTime,
                @Schema(description = "PUBLIC or PRIVATE") String visibility,
                @Schema(description = "Public from this many days before the slot's date (R146, R160)") Integer publishDaysBefore,
                @Schema(description = "At this local time (R146)") @JsonFormat(pattern = "HH:mm") LocalTime publishTime,
                @Schema(description = "Its services, each with the type, reason and duration a professional's own service must match (§9 A10)")
                List<TemplateService> services) {

        /** Sunday 0 to Saturday 6: the template's week runs from Sunday to Saturday (§9 A1). */
        int dayIndex() {
            return dayOfWeek.getValue() % 7;
        }
    }

    /** A service picked for a template slot, as it was when picked: services are never edited (R76), only deleted. */
    record TemplateService(long serviceId, String appointmentType, String reason, int durationMinutes) {
    }
}
