package org.vigie.scheduling.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.ClinicAudit;
import org.vigie.scheduling.Transactions;
import org.vigie.scheduling.booking.Appointment.Contact;
import org.vigie.scheduling.booking.Appointment.PatientDetails;
import org.vigie.scheduling.booking.AppointmentView.Warning;
import org.vigie.scheduling.booking.Holds.Hold;
import org.vigie.scheduling.booking.Placing.PlacedPeriod;
import org.vigie.scheduling.patients.PatientRegistry.RegisteredPatient;
import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.scheduling.people.ClinicDirectory.EnterpriseTerms;
import org.vigie.scheduling.people.EmployeeView;

/**
 * Staff book an appointment (§3.5.2, R167-R192): where and when ({@link Placing}), who may ({@link BookingAccess}), the patient
 * and contact ({@link AppointmentChecks}); once all is checked the reference number (R188), then the row written with it, the
 * caller's hold used up and {@link AppointmentChanged} BOOKED, all in one transaction retried whole on a deadlock
 * ({@link Transactions}).
 */
@Service
class Booking {
    private final Appointments appointments;
    private final Placing placing;
    private final BookingAccess access;
    private final AppointmentChecks checks;
    private final HoldKeeping holdKeeping;
    private final Holds holds;
    private final AppointmentViews views;
    private final AppointmentNews news;
    private final ClinicDirectory people;
    private final ClinicAudit audit;
    private final Transactions transactions;
    private final Clock clock;
    private final BookingSlots agendas;

    Booking(Appointments appointments, Placing placing, BookingAccess access, AppointmentChecks checks, HoldKeeping holdKeeping, Holds holds,
            AppointmentViews views, AppointmentNews news, ClinicDirectory people, ClinicAudit audit, Transactions transactions, Clock clock,
            BookingSlots agendas) {
        this.agendas = agendas;
        this.appointments = appointments;
        this.placing = placing;
        this.access = access;
        this.checks = checks;
        this.holdKeeping = holdKeeping;
        this.holds = holds;
        this.views = views;
        this.news = news;
        this.people = people;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    AppointmentView book(Actor actor, AppointmentForm form) {
        return transactions.run(() -> {
            EmployeeView professional = access.professional(actor, form.professionalId());
            access.requireSomewhere(actor, BookingAccess.MANAGE, professional);
            agendas.lockAgenda(professional.id()); // after the slot writers' and the holds' of this professional (M16)
            ChangeTerms terms = new ChangeTerms(people, actor.enterpriseId());
            terms.knowName(professional.id(), professional.firstName(), professional.lastName());
            PlacedPeriod p = placing.place(terms, professional, form.locationId(), form.date(), form.time(), form.durationMinutes(),
                    form.serviceId());
            access.require(actor, BookingAccess.MANAGE, p.locationId(), professional.id());
            EnterpriseTerms enterprise = terms.enterprise();
            checks.requireWithinWindow(enterprise, p.startsAt(), p.location().zone(), "date");
            Optional<RegisteredPatient> registered = checks.registered(form.patient());
            PatientDetails patient = checks.patient(form.patient(), registered);
            Instant now = clock.instant();
            Contact contact = checks.contact(form, p.startsAt().isAfter(now), false); // R180-R182 only ahead (§9 A27)
            String reason = checks.reason(form.reasonCode());
            String note = checks.clinicNote(form.clinicNote());
            Hold hold = form.holdId() == null ? null : holdKeeping.usable(actor, form.holdId(), professional.id(), p);
            List<Warning> warnings = holdKeeping.colleagues(actor, professional.id(), p);
            String author = actor.isLcga() ? actor.lcga().machineId() // R255: an LCGA's appointment is authored by its machine id
                    : actor.employeeId() == null ? actor.username() : terms.name(actor.employeeId()).orElse(actor.username());
            String reference = appointments.nextReference(); // R188: last before the writes, the counter's lock held to the commit
            Appointment draft = new Appointment(0, reference, 0, actor.enterpriseId(), professional.id(), p.locationId(), p.serviceId(), p.date(),
                    p.time(), p.durationMinutes(), p.startsAt(), p.endsAt(), Appointment.ACTIVE, "UNCONFIRMED", patient, contact,
                    reason, note, null, checks.type(registered, professional, enterprise, p.date()), actor.authorKind(), author,
                    now.truncatedTo(ChronoUnit.MILLIS), false, p.location().cancelCutoffValue(), p.location().cancelCutoffUnit(), null, null);
            long id = appointments.insert(draft, actor.employeeId());
            if (hold != null) {
                holds.consume(hold.id(), id);
            }
            audit.record(actor, "appointment.book", "appointment:" + id, "professional=" + professional.id() + "; location=" + p.locationId()
                    + "; start=" + p.startsAt() + "; minutes=" + p.durationMinutes());
            // the row as written (created_at is stored to the millisecond): nothing of it is read back
            Appointment booked = withIdentity(draft, id);
            news.publish(AppointmentChanged.Change.BOOKED, booked, null, terms);
            return views.of(actor, booked, warnings, terms, p.inSlot()); // placed on the very slots the view would read
        });
    }

    private static Appointment withIdentity(Appointment a, long id) {
        return new Appointment(id, a.referenceNumber(), a.version(), a.enterpriseId(), a.professionalId(), a.locationId(), a.serviceId(), a.date(),
                a.time(), a.durationMinutes(), a.startsAt(), a.endsAt(), a.status(), a.attendance(), a.patient(), a.contact(), a.reasonCode(),
                a.clinicNote(), a.patientNote(), a.type(), a.authorKind(), a.authorName(), a.createdAt(), a.nameHidden(),
                a.cancelCutoffValue(), a.cancelCutoffUnit(), a.cancelledAt(), a.cancelledByName());
    }
}
