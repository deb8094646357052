package org.vigie.scheduling;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.vigie.web.Caller;
import org.vigie.web.ForbiddenException;
import org.vigie.web.NotFoundException;
import org.vigie.web.Role;
import org.vigie.web.SessionPrincipal;

/**
 * Who is acting in an enterprise, and what the permission matrix lets them do. Every clinic request
 * names its enterprise in the path; the caller must be an active employee of it (or the provincial
 * operator, an administrator of the service), otherwise the enterprise does not exist for them.
 * The enterprises and employees are read through {@link ClinicStaff}, the permission rows through {@link AgendaGrants}, a
 * connected agenda software's session (R255) through {@link ConnectedSoftware}.
 */
@Component
public class Clinic {
    /** The matrix column of the provincial operator. */
    public static final String OPERATOR = "OP";
    /** The matrix column of a location's connected agenda software (R255), on its location's agendas; NONE elsewhere. */
    public static final String LCGA = "LCGA";
    private static final String ACTIVE_EMPLOYEE = Clinic.class.getName() + ".activeEmployee|";

    private final ClinicStaff staff;
    private final AgendaGrants grants;
    private final SchedulingRules rules;
    private final Clock clock;
    private final ObjectProvider<ConnectedSoftware> software;

    Clinic(ClinicStaff staff, AgendaGrants grants, SchedulingRules rules, Clock clock, ObjectProvider<ConnectedSoftware> software) {
        this.software = software;
        this.staff = staff;
        this.grants = grants;
        this.rules = rules;
        this.clock = clock;
    }

    /** The service's zone ({@code vigie.time-zone}): the default of every location, the one of enterprise-wide dates. */
    public ZoneId zone() {
        return clock.getZone();
    }

    /** Today in the service's zone: the day employees' start and departure dates are compared with. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The caller acting in the enterprise; 404 when it does not exist or the caller is not an active employee of it. */
    public Actor actor(long enterpriseId) {
        Caller caller = Caller.current();
        if (caller.isAdmin() && staff.enterpriseExists(enterpriseId)) {
            return new Actor(caller.username(), enterpriseId, null, false, false, true, null);
        }
        if (caller.role() == Role.LCGA) {
            return lcga(enterpriseId);
        }
        if (caller.role() != Role.CLINIC) {
            throw new ForbiddenException(rules.text("access.clinicOnly"));
        }
        if (SessionPrincipal.current().filter(session -> session.scope() != enterpriseId).isPresent()) {
            // R7: a session is opened in one enterprise and every request made with it stays there
            throw new NotFoundException(rules.text("enterprise.notInSession", Map.of("id", String.valueOf(enterpriseId))));
        }
        return activeEmployee(caller.username(), enterpriseId)
                .orElseThrow(() -> new NotFoundException(rules.text("enterprise.notYours", Map.of("id", String.valueOf(enterpriseId)))));
    }

    /** R255: a connected agenda software acts in its location's enterprise only; another does not exist for it. */
    private Actor lcga(long enterpriseId) {
        return SessionPrincipal.current().filter(session -> session.scope() == enterpriseId)
                .flatMap(session -> software.getObject().actor(session.sessionId()))
                .orElseThrow(() -> new NotFoundException(rules.text("enterprise.notTheSoftwares", Map.of("id", String.valueOf(enterpriseId)))));
    }

    /**
     * The employee record of a signed-in RAMQ identifier in an enterprise: not deleted, not departed (R2, R10). Read once per
     * HTTP request: a session's check and the request's {@link #actor} ask the same question, and the second asks the answer.
     */
    public Optional<Actor> activeEmployee(String ramqId, long enterpriseId) {
        LocalDate today = today();
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return staff.activeEmployee(ramqId, enterpriseId, today);
        }
        String key = ACTIVE_EMPLOYEE + ramqId + "|" + enterpriseId + "|" + today;
        @SuppressWarnings("unchecked")
        Optional<Actor> known = (Optional<Actor>) request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
        if (known == null) {
            known = staff.activeEmployee(ramqId, enterpriseId, today);
            request.setAttribute(key, known, RequestAttributes.SCOPE_REQUEST);
        }
        return known;
    }

    /** The enterprises where a RAMQ identifier is an active employee, by name. */
    public List<Long> activeEnterprises(String ramqId) {
        return staff.activeEnterprises(ramqId, today());
    }

    /** The caller's profile column without a target agenda: LA (the operator too), SU, LCGA, or NONE for a user. */
    public String column(Actor actor) {
        return actor.isLcga() ? LCGA : actor.operator() || actor.localAdmin() ? "LA" : actor.superUser() ? "SU" : "NONE";
    }

    /**
     * The column for an action on a professional's agenda at a location: OP for the operator, LA, SU, HP_OWN, RW, RO or NONE
     * (spec §3.4, §3.5); LCGA for a connected agenda software on its own location's agendas, NONE on any other (R255).
     */
    public String column(Actor actor, long locationId, long professionalId) {
        if (actor.operator()) {
            return OPERATOR;
        }
        if (actor.isLcga()) {
            return actor.lcga().locationId() == locationId ? LCGA : "NONE";
        }
        String profile = column(actor);
        if (!profile.equals("NONE")) {
            return profile;
        }
        if (actor.employeeId() == professionalId) {
            return "HP_OWN";
        }
        List<String> access = grants.grants(actor.employeeId(), locationId, professionalId);
        return access.contains("READ_WRITE") ? "RW" : access.contains("READ") ? "RO" : "NONE";
    }

    /**
     * Whether the matrix lets the actor do the action on at least one agenda of the enterprise, before any is chosen: by profile
     * (the operator's own column, LA, SU), from no row (NONE), on their own agenda as a health professional (HP_OWN), or through
     * a permission row they hold on some agenda (RW, RO).
     */
    public boolean allowsSomewhere(Actor actor, String action) {
        if (actor.operator()) {
            return rules.allows(action, OPERATOR);
        }
        String profile = column(actor);
        if (!profile.equals("NONE")) {
            return rules.allows(action, profile);
        }
        if (rules.allows(action, "NONE") || rules.allows(action, "HP_OWN") && staff.healthProfessional(actor.employeeId())) {
            return true;
        }
        List<String> held = grants.accessesHeldBy(actor.employeeId());
        return held.contains("READ_WRITE") && rules.allows(action, "RW") || held.contains("READ") && rules.allows(action, "RO");
    }

    /** 403 unless the matrix lets the column do the action, in the action's words. */
    public void require(String action, String column) {
        if (!rules.allows(action, column)) {
            throw new ForbiddenException(rules.refusal("access.refused", action));
        }
    }

    /**
     * 403 unless the actor's column allows the action. The operator has a column of its own (OP, our reading): it
     * administers like a local administrator but does no clinic's agenda work (slots, weeks, templates, appointments).
     */
    public void require(Actor actor, String action) {
        require(action, actor.operator() ? OPERATOR : column(actor));
    }
}
