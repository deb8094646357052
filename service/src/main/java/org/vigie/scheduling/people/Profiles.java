package org.vigie.scheduling.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Bodies;
import org.vigie.web.ConflictException;
import org.vigie.web.ForbiddenException;
import org.vigie.web.InvalidRequestException;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.ClinicAudit;

/**
 * An employee's profiles (spec §3.2.5, §3.2.6): a local administrator or super user switches another
 * employee's super-user profile, saved at once (R52, R54, R55), and a local administrator removes
 * another's local-administrator profile after confirming (R51); granting that one is RAMQ's (§9 A12).
 * Nobody changes their own profile (§9 A15) and the enterprise keeps at least one local
 * administrator (§9 A14, checked by {@link Employees#requireAnotherLocalAdmin}). Every change is audited.
 */
@RestController
@Tag(name = "Clinic scheduling", description = "Enterprises, locations, employees, profiles, permissions, services (RVSQ, clinic side)")
class Profiles {
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clinic clinic;
    private final ClinicAudit audit;
    private final Employees employees;
    private final ApplicationEventPublisher events;

    Profiles(JdbcClient jdbc, TransactionTemplate transactions, Clinic clinic, ClinicAudit audit, Employees employees,
             ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clinic = clinic;
        this.audit = audit;
        this.employees = employees;
    }

    record SuperUserSwitch(Boolean superUser) {
    }

    @PutMapping("/api/clinic/enterprises/{enterpriseId}/employees/{employeeId}/super-user")
    @Operation(summary = "A local administrator or super user grants or withdraws another employee's super-user profile, saved at once "
            + "(R52, R55); Yes also sets local administrator No and user Yes (R54); a super user cannot do it to a local administrator, and "
            + "the last local administrator stays (§9 A14)")
    EmployeeView superUser(@PathVariable long enterpriseId, @PathVariable long employeeId, @RequestBody SuperUserSwitch body) {
        SuperUserSwitch request = Bodies.required(body);
        Actor actor = clinic.actor(enterpriseId);
        clinic.require(actor, "profile.superUser.set");
        if (request.superUser() == null) {
            throw new InvalidRequestException("superUser", "Indiquez true (Oui) ou false (Non).");
        }
        requireOther(actor, employeeId);
        EmployeeView target = employees.active(enterpriseId, employeeId);
        transactions.executeWithoutResult(tx -> {
            employees.lockEnterprise(enterpriseId);
            boolean localAdmin = jdbc.sql("SELECT is_local_admin FROM clinic_employee WHERE id = ?").param(employeeId).query(Boolean.class).single();
            if (request.superUser() && localAdmin) {
                if (!"LA".equals(clinic.column(actor))) {
                    throw new ForbiddenException("Seul un administrateur local retire le profil d'administrateur local (ce que ferait le profil de super utilisateur).");
                }
                employees.requireAnotherLocalAdmin(enterpriseId, employeeId);
            }
            if (request.superUser()) {
                jdbc.sql("UPDATE clinic_employee SET is_super_user = TRUE, is_local_admin = FALSE, is_user = TRUE WHERE id = ?").param(employeeId).update();
                events.publishEvent(new EmployeeBecameSuperUser(enterpriseId, employeeId));
            } else {
                jdbc.sql("UPDATE clinic_employee SET is_super_user = FALSE, is_user = TRUE WHERE id = ?").param(employeeId).update();
            }
            audit.record(actor, "profile.superUser.set", "employee:" + employeeId, "superUser=" + request.superUser() + " (was "
                    + target.superUser() + ", localAdmin " + localAdmin + ")");
        });
        return employees.view(enterpriseId, employeeId);
    }

    @DeleteMapping("/api/clinic/enterprises/{enterpriseId}/employees/{employeeId}/local-admin")
    @Operation(summary = "A local administrator removes the local-administrator profile of another employee after confirming « Retirer la "
            + "permission » (R51); never their own (§9 A15), never the last one (§9 A14); granting it is RAMQ's (§9 A12)")
    EmployeeView removeLocalAdmin(@PathVariable long enterpriseId, @PathVariable long employeeId,
                                  @RequestParam(required = false) Boolean confirmed) {
        Actor actor = clinic.actor(enterpriseId);
        clinic.require(actor, "profile.localAdmin.remove");
        requireOther(actor, employeeId);
        if (!Boolean.TRUE.equals(confirmed)) {
            throw new InvalidRequestException("confirmed", "Confirmez avec « Retirer la permission » (confirmed=true).");
        }
        EmployeeView target = employees.active(enterpriseId, employeeId);
        if (!target.localAdmin()) {
            throw new ConflictException("Cet employé n'est pas administrateur local.");
        }
        transactions.executeWithoutResult(tx -> {
            employees.lockEnterprise(enterpriseId);
            employees.requireAnotherLocalAdmin(enterpriseId, employeeId);
            jdbc.sql("UPDATE clinic_employee SET is_local_admin = FALSE, is_user = TRUE WHERE id = ?").param(employeeId).update();
            audit.record(actor, "profile.localAdmin.remove", "employee:" + employeeId, null);
        });
        return employees.view(enterpriseId, employeeId);
    }

    private static void requireOther(Actor actor, long employeeId) {
        if (actor.employeeId() != null && actor.employeeId() == employeeId) {
            throw new ConflictException("Vous ne pouvez pas changer votre propre profil : un autre administrateur local ou super utilisateur le fait.");
        }
    }
}
