package org.vigie.scheduling.booking;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.vigie.scheduling.people.ClinicDirectory.LocationTerms;

/**
 * Publishes {@link AppointmentChanged} inside the transaction that changed the appointment, so that its listeners (the notices'
 * outbox, R187, R197, R198, R200) write in that transaction: the messages exist exactly when the change is committed. The facts'
 * location, clinic and names come from what the change read ({@link ChangeTerms}), each read once.
 */
@Component
class AppointmentNews {
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AppointmentNews(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** {@code before}: the appointment as it was, null for a booking. */
    void publish(AppointmentChanged.Change change, Appointment now, Appointment before, ChangeTerms terms) {
        events.publishEvent(new AppointmentChanged(change, facts(now, terms), before == null ? null : facts(before, terms), clock.instant()));
    }

    private static AppointmentFacts facts(Appointment a, ChangeTerms terms) {
        LocationTerms location = terms.appointmentLocation(a.locationId());
        return new AppointmentFacts(a.id(), a.referenceNumber(), a.enterpriseId(), terms.enterprise().name(), a.locationId(), location.name(),
                location.address(), location.phone(), location.zone(), a.professionalId(), terms.name(a.professionalId()).orElse(null),
                a.date(), a.time(), a.durationMinutes(), a.startsAt(), a.patient().firstName(), a.patient().lastName(), a.contact().email(),
                a.contact().mobilePhone(), a.contact().homePhone(), a.contact().channels(), a.contact().language(), a.attendance(),
                a.status(), location.noShowMessage(), a.patient().nam() != null);
    }
}
