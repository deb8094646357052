package org.vigie.scheduling;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigie.web.Caller;
import org.vigie.web.ForbiddenException;
import org.vigie.web.NotFoundException;
import org.vigie.web.Role;
import org.vigie.web.SessionPrincipal;

/**
 * Who is acting in an enterprise, and what the permission matrix lets them do. Every clinic request
 * names its enterprise in the path; the caller must be an active employee of it (or the provincial
 * operator, an administrator of the service), otherwise the enterprise does not exist for them.
 */
@Component
class Clinic {
    static final ZoneId ZONE = ZoneId.of("America/Montreal");

    private final JdbcClient jdbc;
    private final SchedulingRules rules;
    private final Clock clock;

    Clinic(JdbcClient jdbc, SchedulingRules rules, Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.clock = clock;
    }

    /** The caller in an enterprise: their employee record (null for the operator) and profiles. */
    record Actor(String username, long enterpriseId, Long employeeId, boolean localAdmin, boolean superUser, boolean operator) {
        boolean manager() {
            return operator || localAdmin || superUser;
        }
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The caller acting in the enterprise; 404 when it does not exist or the caller is not an active employee of it. */
    Actor actor(long enterpriseId) {
        Caller caller = Caller.current();
        if (caller.isAdmin() && jdbc.sql("SELECT COUNT(*) FROM clinic_enterprise WHERE id = ?").param(enterpriseId).query(Long.class).single() > 0) {
            return new Actor(caller.username(), enterpriseId, null, false, false, true);
        }
        if (caller.role() != Role.CLINIC) {
            throw new ForbiddenException("Les agendas des cliniques sont réservés à leurs employés.");
        }
        if (SessionPrincipal.current().filter(session -> session.scope() != enterpriseId).isPresent()) {
            // R7: a session is opened in one enterprise and every request made with it stays there
            throw new NotFoundException("Aucune entreprise n'a l'identifiant " + enterpriseId + " dans votre session.");
        }
        return activeEmployee(caller.username(), enterpriseId)
                .orElseThrow(() -> new NotFoundException("Aucune entreprise n'a l'identifiant " + enterpriseId + " pour vous."));
    }

    /** The employee record of a signed-in RAMQ identifier in an enterprise: not deleted, not departed (R2, R10). */
    Optional<Actor> activeEmployee(String ramqId, long enterpriseId) {
        return jdbc.sql("SELECT e.id, e.is_local_admin, e.is_super_user FROM clinic_employee e JOIN ramq_person p ON p.id = e.person_id"
                        + " WHERE p.ramq_id = ? AND e.enterprise_id = ? AND e.deleted_at IS NULL"
                        + " AND (e.departure_date IS NULL OR e.departure_date >= ?)")
                .params(ramqId, enterpriseId, today())
                .query((rs, n) -> new Actor(ramqId, enterpriseId, rs.getLong(1), rs.getBoolean(2), rs.getBoolean(3), false))
                .optional();
    }

    /** The enterprises where a RAMQ identifier is an active employee, by name. */
    List<Long> activeEnterprises(String ramqId) {
        return jdbc.sql("SELECT n.id FROM clinic_enterprise n JOIN clinic_employee e ON e.enterprise_id = n.id"
                        + " JOIN ramq_person p ON p.id = e.person_id WHERE p.ramq_id = ? AND e.deleted_at IS NULL"
                        + " AND (e.departure_date IS NULL OR e.departure_date >= ?) ORDER BY n.name, n.id")
                .params(ramqId, today()).query(Long.class).list();
    }

    /** The matrix's column for an action without a target agenda: LA, SU, or NONE for a user. */
    String column(Actor actor) {
        return actor.operator() || actor.localAdmin() ? "LA" : actor.superUser() ? "SU" : "NONE";
    }

    /** The column for an action on a professional's agenda at a location: LA, SU, HP_OWN, RW, RO or NONE (spec §3.4, §3.5). */
    String column(Actor actor, long locationId, long professionalId) {
        String profile = column(actor);
        if (!profile.equals("NONE")) {
            return profile;
        }
        if (actor.employeeId() == professionalId) {
            return "HP_OWN";
        }
        List<String> access = jdbc.sql("SELECT access FROM clinic_agenda_permission WHERE employee_id = ? AND location_id = ? AND professional_id = ?")
                .params(actor.employeeId(), locationId, professionalId).query(String.class).list();
        return access.contains("READ_WRITE") ? "RW" : access.contains("READ") ? "RO" : "NONE";
    }

    /** 403 unless the matrix lets the column do the action, in the action's words. */
    void require(String action, String column) {
        if (!rules.allows(action, column)) {
            throw new ForbiddenException("Votre profil ne permet pas de : " + rules.actionLabel(action).toLowerCase(java.util.Locale.FRENCH) + ".");
        }
    }

    void require(Actor actor, String action) {
        require(action, column(actor));
    }
}
