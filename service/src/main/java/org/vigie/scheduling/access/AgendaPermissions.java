package org.vigie.scheduling.access;

import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Bodies;
import org.vigie.web.ConflictException;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.NotFoundException;
import org.vigie.web.Validation;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.ClinicAudit;
import org.vigie.scheduling.people.EmployeeView;
import org.vigie.scheduling.people.ClinicDirectory;

/**
 * A user's permission rows (spec §3.2.7): each gives READ or READ_WRITE on one professional's agenda
 * at one of the user's work locations where the professional works too, or at all of them (§9 A34).
 * A local administrator or super user grants and removes them (R57-R60); local administrators and
 * super users need none (R56); a user reads their own (R65). Rows no longer backed by a work location
 * go when the record changes ({@link Employees}). Every change is audited.
 */
@RestController
@Tag(name = "Clinic scheduling", description = "Enterprises, locations, employees, profiles, permissions, services (RVSQ, clinic side)")
public class AgendaPermissions {
    static final String READ = "READ";
    static final String READ_WRITE = "READ_WRITE";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clinic clinic;
    private final ClinicAudit audit;
    private final ClinicDirectory people;

    AgendaPermissions(JdbcClient jdbc, TransactionTemplate transactions, Clinic clinic, ClinicAudit audit, ClinicDirectory people) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clinic = clinic;
        this.audit = audit;
        this.people = people;
    }

    record PermissionRow(long id, long locationId, String locationName, long professionalId, String professionalName, String access) {
    }

    record NewPermission(String location, Long professionalId, String access) {
    }

    @GetMapping("/api/clinic/enterprises/{enterpriseId}/employees/{employeeId}/permissions")
    @Operation(summary = "The employee's permission rows (location, professional, READ or READ_WRITE); a user reads their own")
    List<PermissionRow> permissions(@PathVariable long enterpriseId, @PathVariable long employeeId) {
        Actor actor = clinic.actor(enterpriseId);
        people.requireReadable(actor, employeeId);
        people.activeEmployee(enterpriseId, employeeId);
        return rows(employeeId);
    }

    @PostMapping("/api/clinic/enterprises/{enterpriseId}/employees/{employeeId}/permissions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A local administrator or super user gives a user READ or READ_WRITE on a professional's agenda at one of the "
            + "user's work locations, or at all of them (\"ALL\": one row per location where both work, §9 A34) (R57-R60); a user cannot "
            + "grant; local administrators and super users need no rows (R56)")
    List<PermissionRow> grant(@PathVariable long enterpriseId, @PathVariable long employeeId, @RequestBody NewPermission body) {
        NewPermission request = Bodies.required(body);
        Actor actor = clinic.actor(enterpriseId);
        clinic.require(actor, "permissions.manage");
        EmployeeView grantee = people.activeEmployee(enterpriseId, employeeId);
        if (grantee.localAdmin() || grantee.superUser()) {
            throw new ConflictException("Un administrateur local ou un super utilisateur a déjà accès à tous les agendas : pas de permission à ajouter.");
        }
        Validation validation = new Validation()
                .require(READ.equals(request.access()) || READ_WRITE.equals(request.access()), "access",
                        "Le type de permission est READ (lecture) ou READ_WRITE (lecture et écriture).")
                .require(request.professionalId() != null, "professionalId", "Choisissez le professionnel de la santé.")
                .require(request.location() != null && !request.location().isBlank(), "location", "Choisissez un lieu ou « ALL » (Tous).");
        validation.throwIfAny();
        Optional<EmployeeView> professional = Optional.of(request.professionalId()).flatMap(id -> {
            try {
                return Optional.of(people.activeEmployee(enterpriseId, id));
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        });
        if (professional.isEmpty() || !professional.get().healthProfessional()) {
            throw new InvalidRequestException("professionalId", "Ce n'est pas un professionnel de la santé de l'entreprise.");
        }
        List<Long> locations;
        if ("ALL".equals(request.location())) {
            locations = grantee.workLocations().stream().filter(professional.get().workLocations()::contains).toList();
            if (locations.isEmpty()) {
                throw new InvalidRequestException("location", "Le professionnel ne travaille à aucun des lieux de travail de cet employé.");
            }
        } else {
            long location;
            try {
                location = Long.parseLong(request.location());
            } catch (NumberFormatException e) {
                throw new InvalidRequestException("location", "Lieu illisible : « " + request.location() + " » (un identifiant ou ALL).");
            }
            if (!grantee.workLocations().contains(location)) {
                throw new InvalidRequestException("location", "Le lieu doit être un lieu de travail de l'employé à qui la permission est donnée.");
            }
            if (!professional.get().workLocations().contains(location)) {
                throw new InvalidRequestException("professionalId", "Ce professionnel ne travaille pas à ce lieu.");
            }
            locations = List.of(location);
        }
        transactions.executeWithoutResult(tx -> {
            for (long location : locations) {
                int updated = jdbc.sql("UPDATE clinic_agenda_permission SET access = ? WHERE employee_id = ? AND location_id = ? AND professional_id = ?")
                        .params(request.access(), employeeId, location, request.professionalId()).update();
                if (updated == 0) {
                    jdbc.sql("INSERT INTO clinic_agenda_permission (enterprise_id, employee_id, location_id, professional_id, access) VALUES (?, ?, ?, ?, ?)")
                            .params(enterpriseId, employeeId, location, request.professionalId(), request.access()).update();
                }
                audit.record(actor, "permissions.grant", "employee:" + employeeId, "location " + location + ", professional "
                        + request.professionalId() + ", " + request.access());
            }
        });
        return rows(employeeId);
    }

    @DeleteMapping("/api/clinic/enterprises/{enterpriseId}/employees/{employeeId}/permissions/{permissionId}")
    @Operation(summary = "A local administrator or super user removes a permission row (R57)")
    List<PermissionRow> revoke(@PathVariable long enterpriseId, @PathVariable long employeeId, @PathVariable long permissionId) {
        Actor actor = clinic.actor(enterpriseId);
        clinic.require(actor, "permissions.manage");
        transactions.executeWithoutResult(tx -> {
            int deleted = jdbc.sql("DELETE FROM clinic_agenda_permission WHERE id = ? AND employee_id = ? AND enterprise_id = ?")
                    .params(permissionId, employeeId, enterpriseId).update();
            if (deleted == 0) {
                throw new NotFoundException("Cet employé n'a pas de permission " + permissionId + ".");
            }
            audit.record(actor, "permissions.revoke", "employee:" + employeeId, "permission " + permissionId);
        });
        return rows(employeeId);
    }

    private List<PermissionRow> rows(long employeeId) {
        return jdbc.sql("SELECT a.id, a.location_id, l.name, a.professional_id, p.first_name, p.last_name, a.access FROM clinic_agenda_permission a"
                        + " JOIN clinic_location l ON l.id = a.location_id JOIN clinic_employee e ON e.id = a.professional_id"
                        + " JOIN ramq_person p ON p.id = e.person_id WHERE a.employee_id = ? ORDER BY l.name, p.last_name, a.id")
                .param(employeeId)
                .query((rs, n) -> new PermissionRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5) + " " + rs.getString(6), rs.getString(7)))
                .list();
    }
}
