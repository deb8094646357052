package org.vigie.scheduling.booking;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.booking.AppointmentChanges.AttendanceMark;
import org.vigie.scheduling.booking.AppointmentChanges.Cancellation;
import org.vigie.web.Bodies;

/** Appointments booked, read, searched, modified, moved and cancelled by clinic staff over HTTP. */
@RestController
@Tag(name = "Appointments", description = "Appointments as clinic staff book and manage them (RVSQ §3.5)")
class AppointmentsController {
    private static final String APPOINTMENTS = "/api/clinic/enterprises/{enterpriseId}/appointments";

    private final Booking booking;
    private final AppointmentReads reads;
    private final AppointmentChanges changes;

    AppointmentsController(Booking booking, AppointmentReads reads, AppointmentChanges changes) {
        this.booking = booking;
        this.reads = reads;
        this.changes = changes;
    }

    @PostMapping(APPOINTMENTS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "bookAppointment", summary = "Books an appointment (R167-R192): in a complete slot at its location (R114), "
            + "elsewhere at one of the professional's work locations (R192); the patient's NAM, when given, matched (R176); a phone, a "
            + "channel and its address when it starts ahead (R180-R182); type from the patient-professional relation (R190); a "
            + "reference number (R188); the caller's hold used up; M16 as a warning when a colleague holds the period")
    AppointmentView book(@PathVariable long enterpriseId, @RequestBody AppointmentForm body, Actor actor) {
        return booking.book(actor, Bodies.required(body));
    }

    @GetMapping(APPOINTMENTS + "/{appointmentId}")
    @Operation(operationId = "getAppointment", summary = "An appointment of the enterprise, on an agenda the caller may view")
    AppointmentView get(@PathVariable long enterpriseId, @PathVariable long appointmentId, Actor actor) {
        return reads.get(actor, appointmentId);
    }

    @GetMapping(APPOINTMENTS)
    @Operation(operationId = "searchAppointments", summary = "Searches appointments (R228): at least one of reference, from, to or a "
            + "detail of the patient; the reason filters further; only on agendas the caller may view, each with mayCancel (R66)")
    List<AppointmentView> search(@PathVariable long enterpriseId, @ParameterObject AppointmentCriteria criteria, Actor actor) {
        return reads.search(actor, criteria);
    }

    @PutMapping(APPOINTMENTS + "/{appointmentId}")
    @Operation(operationId = "changeAppointment", summary = "Modifies or moves an appointment at the version read (R204-R217): a stale "
            + "version is refused (409); moved ahead from the past it needs a phone and a channel (M20) and its attendance resets; ahead "
            + "it is not moved to the past (R212); M6 and M17 as warnings")
    AppointmentView change(@PathVariable long enterpriseId, @PathVariable long appointmentId, @RequestBody AppointmentForm body, Actor actor) {
        return changes.modify(actor, appointmentId, Bodies.required(body));
    }

    @PostMapping(APPOINTMENTS + "/{appointmentId}/cancellation")
    @Operation(operationId = "cancelAppointment", summary = "Cancels an appointment at the version read (R227-R231): it leaves the agenda "
            + "and stays in reports; a stale version is M18 (save first, 409); write access on its agenda")
    AppointmentView cancel(@PathVariable long enterpriseId, @PathVariable long appointmentId, @RequestBody Cancellation body, Actor actor) {
        return changes.cancel(actor, appointmentId, Bodies.required(body));
    }

    @PutMapping(APPOINTMENTS + "/{appointmentId}/attendance")
    @Operation(operationId = "setAppointmentAttendance", summary = "Sets the attendance (R208, R209): UNCONFIRMED, PRESENT or ABSENT, "
            + "on past and future appointments, at the version read")
    AppointmentView attendance(@PathVariable long enterpriseId, @PathVariable long appointmentId, @RequestBody AttendanceMark body,
                               Actor actor) {
        return changes.attendance(actor, appointmentId, Bodies.required(body));
    }
}
