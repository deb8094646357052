package org.vigie.scheduling.notices;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.booking.ViewableAppointments;
import org.vigie.scheduling.notices.AppointmentMessages.AppointmentMessage;

/** What an appointment told its patient, and what it still will: for the clinic staff who may see the appointment. */
@RestController
@Tag(name = "Appointments")
class AppointmentMessagesController {
    private final ViewableAppointments appointments;
    private final AppointmentMessages messages;

    AppointmentMessagesController(ViewableAppointments appointments, AppointmentMessages messages) {
        this.appointments = appointments;
        this.messages = messages;
    }

    @GetMapping("/api/clinic/enterprises/{enterpriseId}/appointments/{appointmentId}/messages")
    @Operation(operationId = "listAppointmentMessages", summary = "The messages of an appointment, by due time: its confirmation, "
            + "reminders, modification, cancellation or no-show message per channel, in the patient's language, with their state "
            + "(PENDING, SENT, CANCELLED when a move or a cancellation withdrew them, EXPIRED) and the recipient masked; for whoever "
            + "may view the appointment's agenda")
    List<AppointmentMessage> list(@PathVariable long enterpriseId, @PathVariable long appointmentId, Actor actor) {
        appointments.require(actor, appointmentId);
        return messages.of(enterpriseId, appointmentId);
    }
}
