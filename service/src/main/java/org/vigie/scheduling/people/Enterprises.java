package org.vigie.scheduling.people;

import java.util.List;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Bodies;
import org.vigie.web.Caller;
import org.vigie.web.ForbiddenException;
import org.vigie.web.NotFoundException;
import org.vigie.web.Role;
import org.vigie.web.Validation;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.ClinicAudit;
import org.vigie.scheduling.SchedulingRules;

/**
 * Enterprises as a clinic sees them: the ones the caller works in (R4, R7), an enterprise with its
 * local administrators (R19) and locations, and the only fields a clinic edits, the e-mail and
 * phone, by its local administrator (R16, R17).
 */
@RestController
@Tag(name = "Clinic scheduling", description = "Enterprises, locations, employees, profiles, permissions, services (RVSQ, clinic side)")
public class Enterprises {
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clinic clinic;
    private final SchedulingRules rules;
    private final ClinicAudit audit;
    private final Locations locations;

    Enterprises(JdbcClient jdbc, TransactionTemplate transactions, Clinic clinic, SchedulingRules rules, ClinicAudit audit, Locations locations) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clinic = clinic;
        this.rules = rules;
        this.audit = audit;
        this.locations = locations;
    }

    record EnterpriseSummary(long id, String name, boolean gmf) {
    }

    @GetMapping("/api/clinic/enterprises")
    @Operation(summary = "The enterprises where the signed-in user is an active employee, to choose the one every later request names "
            + "(R7); someone active in none gets message M2 (R4)")
    List<EnterpriseSummary> mine() {
        Caller caller = Caller.current();
        if (caller.isAdmin()) {
            return jdbc.sql("SELECT id, name, is_gmf FROM clinic_enterprise ORDER BY name, id")
                    .query((rs, n) -> new EnterpriseSummary(rs.getLong(1), rs.getString(2), rs.getBoolean(3))).list();
        }
        if (caller.role() != Role.CLINIC) {
            throw new ForbiddenException(rules.message("M2"));
        }
        List<EnterpriseSummary> enterprises = clinic.activeEnterprises(caller.username()).stream()
                .map(id -> jdbc.sql("SELECT id, name, is_gmf FROM clinic_enterprise WHERE id = ?").param(id)
                        .query((rs, n) -> new EnterpriseSummary(rs.getLong(1), rs.getString(2), rs.getBoolean(3))).single())
                .toList();
        if (enterprises.isEmpty()) {
            throw new ForbiddenException(rules.message("M2"));
        }
        return enterprises;
    }

    record Administrator(long employeeId, String name) {
    }

    record EnterpriseView(long id, String name, String email, String phone, boolean gmf, String gmfNumber,
                          List<Administrator> localAdmins, List<Locations.LocationView> locations) {
    }

    @GetMapping("/api/clinic/enterprises/{enterpriseId}")
    @Operation(summary = "The enterprise: name, e-mail, phone, GMF and its number, its local administrators (kept up to date, R19), "
            + "its locations (every employee reads it)")
    EnterpriseView get(@PathVariable long enterpriseId) {
        clinic.actor(enterpriseId);
        return view(enterpriseId);
    }

    record ContactChange(String email, String phone, String name, Boolean gmf, String gmfNumber) {
    }

    @PatchMapping("/api/clinic/enterprises/{enterpriseId}")
    @Operation(summary = "The local administrator changes the enterprise's e-mail and phone, the only fields a clinic edits (R16); "
            + "name, GMF and GMF number are RAMQ's (R15, R18), which changes them here too")
    EnterpriseView changeContact(@PathVariable long enterpriseId, @RequestBody ContactChange body) {
        ContactChange request = Bodies.required(body);
        Actor actor = clinic.actor(enterpriseId);
        clinic.require(actor, "enterprise.contact.edit");
        new Validation()
                .require(request.name() == null || actor.operator(), "name", "Seule la RAMQ modifie le nom de l'entreprise.")
                .require(request.gmf() == null && request.gmfNumber() == null || actor.operator(), request.gmf() != null ? "gmf" : "gmfNumber",
                        "Seule la RAMQ indique si l'entreprise est un GMF et son numéro de GMF.")
                .require(request.email() == null || request.email().isEmpty() || request.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
                        "email", "Adresse courriel invalide.")
                .maxLength("email", request.email(), 254).maxLength("phone", request.phone(), 30)
                .require(request.name() == null || !request.name().isBlank(), "name", "Le nom de l'entreprise est obligatoire.")
                .maxLength("name", request.name(), 200).maxLength("gmfNumber", request.gmfNumber(), 20)
                .throwIfAny();
        EnterpriseView before = view(enterpriseId);
        boolean gmf = request.gmf() == null ? before.gmf() : request.gmf();
        String gmfNumber = !gmf ? null : request.gmfNumber() != null ? Locations.blankToNull(request.gmfNumber()) : before.gmfNumber();
        // R18: a GMF has its number, another enterprise none
        new Validation().require(!gmf || gmfNumber != null, "gmfNumber", "Le numéro de GMF est obligatoire pour un GMF.")
                .require(gmf || request.gmfNumber() == null, "gmfNumber", "Une entreprise qui n'est pas un GMF n'a pas de numéro de GMF.")
                .throwIfAny();
        transactions.executeWithoutResult(tx -> {
            if (actor.operator()) {
                jdbc.sql("UPDATE clinic_enterprise SET name = ?, is_gmf = ?, gmf_number = ? WHERE id = ?")
                        .params(request.name() == null ? before.name() : request.name().trim(), gmf, gmfNumber, enterpriseId).update();
            }
            if (request.email() != null) {
                jdbc.sql("UPDATE clinic_enterprise SET email = ? WHERE id = ?").params(Locations.blankToNull(request.email()), enterpriseId).update();
            }
            if (request.phone() != null) {
                jdbc.sql("UPDATE clinic_enterprise SET phone = ? WHERE id = ?").params(Locations.blankToNull(request.phone()), enterpriseId).update();
            }
            audit.record(actor, "enterprise.contact.edit", "enterprise:" + enterpriseId, "email=" + request.email() + "; phone=" + request.phone()
                    + (actor.operator() ? "; name=" + request.name() + "; gmf=" + gmf + " " + gmfNumber : ""));
        });
        return view(enterpriseId);
    }

    EnterpriseView view(long enterpriseId) {
        var row = jdbc.sql("SELECT name, email, phone, is_gmf, gmf_number FROM clinic_enterprise WHERE id = ?").param(enterpriseId)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getString(5)})
                .optional().orElseThrow(() -> new NotFoundException("Aucune entreprise n'a l'identifiant " + enterpriseId + "."));
        List<Administrator> admins = jdbc.sql("SELECT e.id, p.first_name, p.last_name FROM clinic_employee e JOIN ramq_person p ON p.id = e.person_id"
                        + " WHERE e.enterprise_id = ? AND e.is_local_admin AND e.deleted_at IS NULL ORDER BY p.last_name, p.first_name")
                .param(enterpriseId).query((rs, n) -> new Administrator(rs.getLong(1), rs.getString(2) + " " + rs.getString(3))).list();
        List<Locations.LocationView> locations = jdbc.sql("SELECT id FROM clinic_location WHERE enterprise_id = ? ORDER BY id").param(enterpriseId)
                .query(Long.class).list().stream().map(id -> this.locations.location(enterpriseId, id)).toList();
        return new EnterpriseView(enterpriseId, (String) row[0], (String) row[1], (String) row[2], (boolean) row[3], (String) row[4],
                admins, locations);
    }

}
