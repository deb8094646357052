package org.vigie.scheduling.booking;

import java.util.List;

import org.springframework.stereotype.Component;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.booking.AppointmentView.AppointmentAuthor;
import org.vigie.scheduling.booking.AppointmentView.CancelCutoff;
import org.vigie.scheduling.booking.AppointmentView.Warning;
import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.scheduling.people.ClinicDirectory.LocationTerms;

/** An appointment as the API shows it to a caller: names read through people, "in a slot" derived (R117), mayCancel (R66, R231). */
@Component
class AppointmentViews {
    private final ClinicDirectory people;
    private final BookingSlots slots;
    private final BookingAccess access;
    private final AppointmentChecks checks;

    AppointmentViews(ClinicDirectory people, BookingSlots slots, BookingAccess access, AppointmentChecks checks) {
        this.people = people;
        this.slots = slots;
        this.access = access;
        this.checks = checks;
    }

    AppointmentView of(Actor actor, Appointment a, List<Warning> warnings) {
        return of(actor, a, warnings, terms(a.enterpriseId()), null);
    }

    /** The enterprise's terms, each read once: one per answer, shared by every row of a list. */
    ChangeTerms terms(long enterpriseId) {
        return new ChangeTerms(people, enterpriseId);
    }

    /**
     * The answer to a change, from what the change read in its transaction ({@link ChangeTerms}) rather than read again;
     * {@code inSlot} when the change settled it on the whole period, null for the view to read it.
     */
    AppointmentView of(Actor actor, Appointment a, List<Warning> warnings, ChangeTerms terms, Boolean inSlot) {
        LocationTerms location = terms.appointmentLocation(a.locationId());
        boolean mayCancel = a.active() && access.allows(actor, BookingAccess.MANAGE, a.locationId(), a.professionalId())
                && checks.withinWindow(terms.enterprise(), a.startsAt());
        return new AppointmentView(a.id(), a.referenceNumber(), a.version(), a.professionalId(), terms.name(a.professionalId()).orElse(null),
                a.locationId(), location.name(), a.date(), a.time(), a.durationMinutes(), a.startsAt(), a.endsAt(), location.zone().getId(),
                a.serviceId(), a.patient(), a.contact().mobilePhone(), a.contact().homePhone(), a.contact().email(), a.contact().channels(),
                a.contact().language(), a.reasonCode(), a.clinicNote(), a.patientNote(), a.type(), a.status(), a.attendance(),
                new AppointmentAuthor(a.authorKind(), a.authorName(), a.createdAt()), a.nameHidden(),
                new CancelCutoff(a.cancelCutoffValue(), a.cancelCutoffUnit()), inSlot != null ? inSlot : inSlot(a), a.cancelledAt(),
                a.cancelledByName(), mayCancel, warnings);
    }

    private boolean inSlot(Appointment a) {
        return slots.enclosing(a.enterpriseId(), a.professionalId(), a.date(), a.time(), Placing.end(a.time(), a.durationMinutes()))
                .stream().anyMatch(s -> s.complete() && s.locationId() == a.locationId());
    }
}
