package org.vigie.scheduling.booking;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.booking.AppointmentView.AppointmentAuthor;
import org.vigie.scheduling.booking.AppointmentView.CancelCutoff;
import org.vigie.scheduling.booking.AppointmentView.Warning;
import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.scheduling.people.ClinicDirectory.EnterpriseTerms;
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
        LocationTerms location = people.locationTerms(a.enterpriseId(), a.locationId()).orElseThrow();
        String professional = people.name(a.professionalId()).map(ClinicDirectory.PersonName::full).orElse(null);
        return of(actor, a, warnings, location, () -> checks.enterprise(a.enterpriseId()), professional, inSlot(a));
    }

    /** A booking's answer, from what the booking read in its transaction ({@link BookedTerms}) rather than read again. */
    AppointmentView ofBooked(Actor actor, Appointment a, List<Warning> warnings, BookedTerms known) {
        return of(actor, a, warnings, known.location(), known::enterprise, known.professionalName(),
                known.inSlot() != null ? known.inSlot() : inSlot(a));
    }

    private boolean inSlot(Appointment a) {
        return slots.enclosing(a.enterpriseId(), a.professionalId(), a.date(), a.time(), Placing.end(a.time(), a.durationMinutes()))
                .stream().anyMatch(s -> s.complete() && s.locationId() == a.locationId());
    }

    private AppointmentView of(Actor actor, Appointment a, List<Warning> warnings, LocationTerms location, Supplier<EnterpriseTerms> enterprise,
                               String professional, boolean inSlot) {
        boolean mayCancel = a.active() && access.allows(actor, BookingAccess.MANAGE, a.locationId(), a.professionalId())
                && checks.withinWindow(enterprise.get(), a.startsAt());
        return new AppointmentView(a.id(), a.referenceNumber(), a.version(), a.professionalId(), professional, a.locationId(), location.name(),
                a.date(), a.time(), a.durationMinutes(), a.startsAt(), a.endsAt(), location.zone().getId(), a.serviceId(), a.patient(),
                a.contact().mobilePhone(), a.contact().homePhone(), a.contact().email(), a.contact().channels(), a.contact().language(),
                a.reasonCode(), a.clinicNote(), a.patientNote(), a.type(), a.status(), a.attendance(),
                new AppointmentAuthor(a.authorKind(), a.authorName(), a.createdAt()), a.nameHidden(),
                new CancelCutoff(a.cancelCutoffValue(), a.cancelCutoffUnit()), inSlot, a.cancelledAt(), a.cancelledByName(), mayCancel,
                warnings);
    }
}
