package org.vigie.scheduling.booking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.NotFoundException;

/**
 * Reading and searching appointments (R228, §3.5.8.1): only in the caller's enterprise (another's appointment does not exist for
 * them, 404), only on agendas they may view, each saying whether they may cancel it (R66).
 */
@Service
class AppointmentReads implements ViewableAppointments {
    /** The most rows a search answers: narrow the criteria beyond. */
    static final int SEARCH_LIMIT = 200;

    private final Appointments appointments;
    private final BookingAccess access;
    private final AppointmentViews views;
    private final SchedulingRules rules;

    AppointmentReads(Appointments appointments, BookingAccess access, AppointmentViews views, SchedulingRules rules) {
        this.appointments = appointments;
        this.access = access;
        this.views = views;
        this.rules = rules;
    }

    /** The appointment of the actor's enterprise (404 otherwise), on an agenda they may view (403 otherwise). */
    Appointment visible(Actor actor, long id) {
        Appointment a = appointments.find(actor.enterpriseId(), id)
                .orElseThrow(() -> new NotFoundException(rules.text("booking.appointment.notFound", Map.of("id", String.valueOf(id)))));
        access.require(actor, BookingAccess.VIEW, a.locationId(), a.professionalId());
        return a;
    }

    @Override
    @Transactional(readOnly = true)
    public void require(Actor actor, long appointmentId) {
        visible(actor, appointmentId);
    }

    @Transactional(readOnly = true)
    AppointmentView get(Actor actor, long id) {
        return views.of(actor, visible(actor, id), List.of());
    }

    @Transactional(readOnly = true)
    List<AppointmentView> search(Actor actor, AppointmentCriteria criteria) {
        if (!criteria.any()) {
            throw new InvalidRequestException("reference", rules.text("appointment.search.criterion"));
        }
        if (criteria.from() != null && criteria.to() != null && criteria.to().isBefore(criteria.from())) {
            throw new InvalidRequestException("to", rules.text("booking.search.endBeforeStart"));
        }
        // the agendas the caller may not view are left out after the rows are read: read on until the answer is full
        Map<String, Boolean> viewable = new HashMap<>();
        ChangeTerms terms = views.terms(actor.enterpriseId());
        List<AppointmentView> found = new ArrayList<>();
        Appointment last = null;
        List<Appointment> chunk;
        do {
            chunk = appointments.search(actor.enterpriseId(), criteria, last, SEARCH_LIMIT);
            for (Appointment a : chunk) {
                if (found.size() < SEARCH_LIMIT && viewable.computeIfAbsent(a.locationId() + "/" + a.professionalId(),
                        k -> access.allows(actor, BookingAccess.VIEW, a.locationId(), a.professionalId()))) {
                    found.add(views.of(actor, a, List.of(), terms, null));
                }
                last = a;
            }
        } while (found.size() < SEARCH_LIMIT && chunk.size() == SEARCH_LIMIT);
        return found;
    }
}
