package org.vigie.scheduling.booking;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.scheduling.people.ClinicDirectory.LocationTerms;

/**
 * Publishes {@link AppointmentChanged} inside the transaction that changed the appointment, so that its listeners (the notices'
 * outbox, R187, R197, R198, R200) write in that transaction: the messages exist exactly when the change is committed.
 */
@Component
class AppointmentNews {
    private final ApplicationEventPublisher events;
    private final ClinicDirectory people;
    private final Clock clock;

    AppointmentNews(ApplicationEventPublisher events, ClinicDirectory people, Clock clock) {
        this.events = events;
        this.people = people;
        this.clock = clock;
    }

    void publish(AppointmentChanged.Change change, Appointment now, Appointment before) {
        events.publishEvent(new AppointmentChanged(change, facts(now), before == null ? null : facts(before), clock.instant()));
    }

    /** A booking's event, its facts from what the booking read in its transaction ({@link BookedTerms}) rather than read again. */
    void publishBooked(Appointment booked, BookedTerms known) {
        events.publishEvent(new AppointmentChanged(AppointmentChanged.Change.BOOKED,
                facts(booked, known.location(), known.enterprise().name(), known.professionalName()), null, clock.instant()));
    }

    private AppointmentFacts facts(Appointment a) {
        LocationTerms location = people.locationTerms(a.enterpriseId(), a.locationId()).orElseThrow();
        String clinic = people.enterpriseTerms(a.enterpriseId()).map(ClinicDirectory.EnterpriseTerms::name).orElse(null);
        String professional = people.name(a.professionalId()).map(ClinicDirectory.PersonName::full).orElse(null);
        return facts(a, location, clinic, professional);
    }

    private static AppointmentFacts facts(Appointment a, LocationTerms location, String clinic, String professional) {
        return new AppointmentFacts(a.id(), a.referenceNumber(), a.enterpriseId(), clinic, a.locationId(), location.name(), location.address(),
                location.phone(), location.zone(), a.professionalId(), professional, a.date(), a.time(), a.durationMinutes(), a.startsAt(),
                a.patient().firstName(), a.patient().lastName(), a.contact().email(), a.contact().mobilePhone(), a.contact().homePhone(),
                a.contact().channels(), a.contact().language(), a.attendance(), a.status(), location.noShowMessage(), a.patient().nam() != null);
    }
}
