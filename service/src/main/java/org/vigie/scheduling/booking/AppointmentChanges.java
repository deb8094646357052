package org.vigie.scheduling.booking;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.stereotype.Service;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.ClinicAudit;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.Transactions;
import org.vigie.scheduling.booking.AppointmentChanged.Change;
import org.vigie.scheduling.booking.AppointmentView.Warning;
import org.vigie.scheduling.booking.Placing.PlacedPeriod;
import org.vigie.scheduling.patients.PatientRegistry.RegisteredPatient;
import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.scheduling.people.ClinicDirectory.EnterpriseTerms;
import org.vigie.scheduling.people.EmployeeView;
import org.vigie.web.ConflictException;
import org.vigie.web.InvalidRequestException;

/**
 * Staff modify, move or cancel an appointment, or set its attendance (R204-R217, R227-R231). Each write is conditional on the
 * version the caller read: a stale one loses (409), so of a move and a cancellation sent together one wins.
 */
@Service
class AppointmentChanges {
    private final Appointments appointments;
    private final AppointmentReads reads;
    private final Placing placing;
    private final BookingAccess access;
    private final AppointmentChecks checks;
    private final HoldKeeping holdKeeping;
    private final AppointmentViews views;
    private final AppointmentNews news;
    private final ClinicDirectory people;
    private final SchedulingRules rules;
    private final ClinicAudit audit;
    private final Transactions transactions;
    private final Clock clock;
    private final BookingSlots agendas;

    AppointmentChanges(Appointments appointments, AppointmentReads reads, Placing placing, BookingAccess access, AppointmentChecks checks,
                       HoldKeeping holdKeeping, AppointmentViews views, AppointmentNews news, ClinicDirectory people, SchedulingRules rules,
                       ClinicAudit audit, Transactions transactions, Clock clock, BookingSlots agendas) {
        this.agendas = agendas;
        this.appointments = appointments;
        this.reads = reads;
        this.placing = placing;
        this.access = access;
        this.checks = checks;
        this.holdKeeping = holdKeeping;
        this.views = views;
        this.news = news;
        this.people = people;
        this.rules = rules;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Schema(example = "{\"version\": 0}")
    record Cancellation(@Schema(requiredMode = REQUIRED, description = "The version read") Integer version) {
    }

    @Schema(example = "{\"attendance\": \"PRESENT\", \"version\": 0}")
    record AttendanceMark(@Schema(requiredMode = REQUIRED, description = "UNCONFIRMED, PRESENT or ABSENT") String attendance,
                            @Schema(requiredMode = REQUIRED) Integer version) {
    }

    AppointmentView modify(Actor actor, long id, AppointmentForm form) {
        return transactions.run(() -> {
            ChangeTerms terms = new ChangeTerms(people, actor.enterpriseId());
            Appointment before = writable(actor, id, terms);
            if (before.version() != version(form.version())) {
                throw stale();
            }
            EmployeeView professional = access.professional(actor, form.professionalId());
            terms.knowName(professional.id(), professional.firstName(), professional.lastName());
            access.requireSomewhere(actor, BookingAccess.MANAGE, professional);
            agendas.lockAgenda(Math.min(before.professionalId(), professional.id())); // both agendas, in the order of their ids
            agendas.lockAgenda(Math.max(before.professionalId(), professional.id()));
            if (form.durationMinutes() == null) {
                throw new InvalidRequestException("durationMinutes", rules.text("booking.appointment.durationMissing"));
            }
            PlacedPeriod p = placing.place(terms, professional, form.locationId(), form.date(), form.time(), form.durationMinutes(),
                    form.serviceId());
            access.require(actor, BookingAccess.MANAGE, p.locationId(), professional.id());
            EnterpriseTerms enterprise = terms.enterprise();
            checks.requireWithinWindow(enterprise, p.startsAt(), p.location().zone(), "date"); // §9 A30: the new start too
            Instant now = clock.instant();
            boolean wasPast = before.pastAt(now);
            boolean future = p.startsAt().isAfter(now);
            boolean moved = before.professionalId() != professional.id() || before.locationId() != p.locationId()
                    || !before.date().equals(p.date()) || !before.time().equals(p.time());
            if (moved && !wasPast && !future) {
                throw new InvalidRequestException("date", rules.text("appointment.futureToPast")); // R212
            }
            Optional<RegisteredPatient> registered = checks.registered(form.patient());
            var patient = checks.patient(form.patient(), registered);
            var contact = checks.contact(form, future, moved && wasPast && future); // R211: M20
            String type = professional.id() == before.professionalId() && Objects.equals(patient.nam(), before.patient().nam()) ? before.type()
                    : checks.type(registered, professional, enterprise, p.date());
            String attendance = moved && wasPast && future ? "UNCONFIRMED" : before.attendance(); // R216
            Appointment after = new Appointment(id, before.referenceNumber(), before.version(), before.enterpriseId(), professional.id(),
                    p.locationId(), p.serviceId(), p.date(), p.time(), p.durationMinutes(), p.startsAt(), p.endsAt(), before.status(), attendance,
                    patient, contact, checks.reason(form.reasonCode()), checks.clinicNote(form.clinicNote()), before.patientNote(), type,
                    before.authorKind(), before.authorName(), before.createdAt(), before.nameHidden(), before.cancelCutoffValue(),
                    before.cancelCutoffUnit(), null, null); // R217, R206: name hiding and cutoff as booked
            List<Warning> warnings = new ArrayList<>(holdKeeping.colleagues(actor, professional.id(), p));
            List<String> overlapping = appointments.authorsOverlapping(actor.enterpriseId(), professional.id(), p.startsAt(), p.endsAt(), id);
            if (moved && !overlapping.isEmpty()) {
                warnings.add(new Warning("M6", rules.message("M6"))); // R214, §9 A17: concurrent, not refused
            }
            if ("CITIZEN".equals(before.authorKind()) || overlapping.contains("CITIZEN")) {
                warnings.add(new Warning("M17", rules.message("M17"))); // R207, §9 A46 (a) and (b)
            }
            if (!appointments.change(after, version(form.version()), now)) {
                throw stale();
            }
            audit.record(actor, moved ? "appointment.move" : "appointment.modify", "appointment:" + id, "professional=" + professional.id()
                    + "; location=" + p.locationId() + "; start=" + p.startsAt() + "; minutes=" + p.durationMinutes());
            Appointment saved = appointments.find(actor.enterpriseId(), id).orElseThrow();
            news.publish(moved ? Change.MOVED : Change.MODIFIED, saved, before, terms);
            return views.of(actor, saved, warnings, terms, p.inSlot()); // placed on the very slots the view would read
        });
    }

    /** R227-R231: write access on its agenda, within the window of the past; a stale version is M18 (save first). */
    AppointmentView cancel(Actor actor, long id, Cancellation request) {
        return transactions.run(() -> {
            int version = version(request == null ? null : request.version());
            ChangeTerms terms = new ChangeTerms(people, actor.enterpriseId());
            Appointment before = writable(actor, id, terms);
            if (before.version() != version) {
                throw new ConflictException("appointment.stale", rules.message("M18")); // R230: unsaved changes, save first
            }
            Instant now = clock.instant();
            String name = actor.isLcga() ? actor.lcga().machineId() // R255: cancelled by the LCGA, named after its machine id
                    : actor.employeeId() == null ? actor.username() : terms.name(actor.employeeId()).orElse(actor.username());
            if (!appointments.cancel(id, version, now, actor.employeeId(), name)) {
                throw new ConflictException("appointment.stale", rules.message("M18"));
            }
            audit.record(actor, "appointment.cancel", "appointment:" + id, "reference=" + before.referenceNumber());
            Appointment cancelled = appointments.find(actor.enterpriseId(), id).orElseThrow();
            news.publish(Change.CANCELLED, cancelled, before, terms);
            return views.of(actor, cancelled, List.of(), terms, null);
        });
    }

    /** R208, R209: on past and future appointments alike, through the modification's rules (its window, its version). */
    AppointmentView attendance(Actor actor, long id, AttendanceMark request) {
        return transactions.run(() -> {
            String attendance = request == null ? null : request.attendance();
            if (attendance == null || !List.of("UNCONFIRMED", "PRESENT", "ABSENT").contains(attendance)) {
                throw new InvalidRequestException("attendance", rules.text("booking.attendance.values"));
            }
            int version = version(request.version());
            ChangeTerms terms = new ChangeTerms(people, actor.enterpriseId());
            Appointment before = writable(actor, id, terms);
            if (before.version() != version) {
                throw stale();
            }
            if (!appointments.attendance(id, version, attendance, clock.instant())) {
                throw stale();
            }
            audit.record(actor, "appointment.attendance", "appointment:" + id, "attendance=" + attendance);
            Appointment saved = appointments.find(actor.enterpriseId(), id).orElseThrow();
            news.publish(Change.ATTENDANCE, saved, before, terms);
            return views.of(actor, saved, List.of(), terms, null);
        });
    }

    /** The appointment the actor may change: theirs to manage (R61, R231), active, inside the window of the past (R167). */
    private Appointment writable(Actor actor, long id, ChangeTerms terms) {
        Appointment a = reads.visible(actor, id);
        access.require(actor, BookingAccess.MANAGE, a.locationId(), a.professionalId());
        if (!a.active()) {
            throw new ConflictException("appointment.cancelled", rules.text("appointment.cancelled"));
        }
        ZoneId zone = terms.appointmentLocation(a.locationId()).zone(); // with the enterprise's terms, in one read
        checks.requireWithinWindow(terms.enterprise(), a.startsAt(), zone, "date");
        return a;
    }

    private int version(Integer version) {
        if (version == null) {
            throw new InvalidRequestException("version", rules.text("booking.appointment.versionMissing"));
        }
        return version;
    }

    private ConflictException stale() {
        return new ConflictException("appointment.stale", rules.text("appointment.stale"));
    }
}
