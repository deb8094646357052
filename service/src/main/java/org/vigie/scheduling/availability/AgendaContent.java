package org.vigie.scheduling.availability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One professional's agenda over local dates (R94, R121): the slots of the agendas the caller may view, the appointments
 * there, the display cells where several slots overlap, and when it was read (R12).
 */
record AgendaContent(long professionalId, @Schema(description = "The location asked for; null for every location the caller may view")
                     @JsonInclude(JsonInclude.Include.ALWAYS) Long locationId, LocalDate from, LocalDate to,
                     @Schema(description = "The display cell size in minutes: the caller's grid interval, else the pack's default") int cellMinutes,
                     List<AgendaSlot> slots, List<AgendaAppointmentView> appointments, List<AgendaCell> overlaps, Instant generatedAt) {

    /** A slot as the agenda shows it (§2.9, R95, R97, R121), with when patients may see it online (R109-R113, R119, R120). */
    record AgendaSlot(long id, LocalDate date, @JsonFormat(pattern = "HH:mm") LocalTime startTime, @JsonFormat(pattern = "HH:mm") LocalTime endTime,
                      @Schema(description = "The zone its local date and times are read in") String zone, Instant startsAt, Instant endsAt,
                      Long locationId, @Schema(description = "The location's abbreviation, or its name") String locationLabel,
                      @Schema(description = "R95: location, services and type all set") boolean complete,
                      @Schema(description = "The location's label, or « Plage incomplète » (M4, R97)") String label,
                      @Schema(description = "R121: the globe icon") boolean publicSlot, Visibility visibility, Instant publishFrom,
                      @Schema(description = "The services' type (R106: one per slot)") String appointmentType,
                      @Schema(description = "The services' duration (R106: one per slot)") Integer durationMinutes,
                      @Schema(description = "R121: the reasons of its services, shown on hover") List<String> reasons,
                      List<AgendaService> services, OnlineVisibility online) {
    }

    /** A service of the slot; « inactif » (M5) once deleted, as a past slot shows it (R78). */
    record AgendaService(long id, String appointmentType, String reason, String reasonLabel, int durationMinutes, String state) {
    }

    /**
     * Whether and from when patients see the slot online: never when incomplete (R97) or private (R109); a public one from its
     * « À partir de » (R111, R93), else from the opening of the professional's horizon (R112, §9 A2), else at once; seen by
     * the audience of its type (R119, R70-R72) in its location's display mode (R120); the clinic books it anyway (R113).
     */
    record OnlineVisibility(@Schema(description = "Whether patients ever see it online") boolean visibleOnline,
                            @Schema(description = "INCOMPLETE or PRIVATE when never") String hiddenBecause,
                            @Schema(description = "AT_ONCE, PUBLISH_FROM or HORIZON; null when never") String fromRule,
                            @Schema(description = "The first instant patients see it; null when at once or never") Instant from,
                            @Schema(description = "Whether patients see it at generatedAt (it has not ended)") boolean visibleNow,
                            @Schema(description = "OWN_PATIENTS (MF), GMF_PATIENTS (GMF) or ALL_PATIENTS (GEN)") String audience,
                            String audienceLabel, @Schema(description = "R120: the location's availabilityDisplayMode") String displayMode,
                            @Schema(description = "R113: the clinic books any slot, whatever its type, « À partir de » and the horizon")
                            boolean clinicCanBook,
                            @Schema(description = "M3 while patients cannot see it") String notice) {
    }

    /** An active appointment in the agenda, with its reference, its patient's names and attendance (issue 17). */
    record AgendaAppointmentView(long id, long locationId, Long serviceId, LocalDate date, @JsonFormat(pattern = "HH:mm") LocalTime startTime,
                                 int durationMinutes, Instant startsAt, Instant endsAt, String status, String referenceNumber,
                                 String patientFirstName, String patientLastName, String attendance) {
        @Override
        public String toString() {
            return "AgendaAppointmentView[id=" + id + ", reference=" + referenceNumber + "]";
        }
    }

    /** R121: a display cell of a date where several slots overlap, with each slot's summary. */
    record AgendaCell(LocalDate date, @JsonFormat(pattern = "HH:mm") LocalTime start, @JsonFormat(pattern = "HH:mm") LocalTime end,
                      List<CellSlot> slots) {
    }

    /** One line of the summary: start–end, service type, « Publique » (M8) only when public, duration. */
    record CellSlot(long slotId, @JsonFormat(pattern = "HH:mm") LocalTime startTime, @JsonFormat(pattern = "HH:mm") LocalTime endTime,
                    String appointmentType, @JsonInclude(JsonInclude.Include.NON_NULL) String publicLabel, Integer durationMinutes) {
    }
}
