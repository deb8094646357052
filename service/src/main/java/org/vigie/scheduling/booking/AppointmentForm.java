package org.vigie.scheduling.booking;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An appointment as staff book, modify or move it (§2.11, §3.5.2, §3.5.3): the period (date and time in the location's zone),
 * the patient as the clinic knows them, how to reach them. A booking may use up the caller's hold ({@code holdId}); a
 * modification sends the {@code version} it read. Never logged: {@link #toString} hides the patient.
 */
@Schema(example = "{\"professionalId\": 12, \"locationId\": 3, \"date\": \"2026-12-14\", \"time\": \"09:15\", \"durationMinutes\": 15,"
        + " \"patient\": {\"nam\": \"TREJ85031512\", \"firstName\": \"Julie\", \"lastName\": \"Tremblay\", \"sex\": \"F\","
        + " \"dateOfBirth\": \"1985-03-15\"}, \"mobilePhone\": \"514-555-0142\", \"email\": \"julie@example.org\","
        + " \"channels\": [\"EMAIL\", \"SMS\"], \"language\": \"FR\", \"reasonCode\": \"MINOR_EMERGENCY\"}")
record AppointmentForm(@Schema(description = "The caller's hold on the period, used up by the booking") Long holdId,
                       @Schema(description = "On a modification: the version read (a stale one is refused, 409)") Integer version,
                       @Schema(requiredMode = REQUIRED) Long professionalId,
                       @Schema(description = "Inside a complete slot: the slot's (R114); elsewhere one of the professional's, required "
                               + "when they work at several (R192)") Long locationId,
                       @Schema(requiredMode = REQUIRED, example = "2026-12-14") LocalDate date,
                       @Schema(requiredMode = REQUIRED, type = "string", example = "09:15") @JsonFormat(pattern = "HH:mm") LocalTime time,
                       @Schema(description = "Optional inside a complete slot: its service's") Integer durationMinutes,
                       Long serviceId,
                       @Schema(requiredMode = REQUIRED) PatientForm patient,
                       String mobilePhone, String homePhone, String email,
                       @Schema(description = "EMAIL, SMS, VOICE_CALL; [EMAIL] when absent (R181)") List<String> channels,
                       @Schema(description = "FR or EN; FR when absent (R183)") String language,
                       @Schema(description = "A code of the pack's reasons, for information only (R184)") String reasonCode,
                       @Schema(description = "For the clinic only (R186)") String clinicNote) {

    /** The patient as the clinic enters them; a NAM, when given, must match RAMQ's registry (R176). */
    record PatientForm(@Schema(example = "TREJ85031512") String nam, @Schema(requiredMode = REQUIRED) String firstName,
                       @Schema(requiredMode = REQUIRED) String lastName, @Schema(requiredMode = REQUIRED, example = "F") String sex,
                       @Schema(requiredMode = REQUIRED) LocalDate dateOfBirth) {
        @Override
        public String toString() {
            return "PatientForm[<hidden>]";
        }
    }

    @Override
    public String toString() {
        return "AppointmentForm[professionalId=" + professionalId + ", locationId=" + locationId + ", date=" + date + ", time=" + time + "]";
    }
}
