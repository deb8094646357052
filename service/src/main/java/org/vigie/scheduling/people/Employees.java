package org.vigie.scheduling.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.notifications.Notifications;
import org.vigie.web.Bodies;
import org.vigie.web.ConflictException;
import org.vigie.web.ForbiddenException;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.NotFoundException;
import org.vigie.web.Validation;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.ClinicAudit;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.access.AgendaPermissions;

/**
 * The enterprise's employees: health professionals (with a practice number) and clinic staff, their
 * records and work locations. A local administrator or super user adds one by RAMQ identifier,
 * practice number or pseudonym (R35-R37, R42), changes the clinic's fields but never RAMQ's (R34,
 * R38-R40, R45) and deletes one for good in the clinic's screens (R46, R49); a user reads only their
 * own record (R65). Every change is audited; the enterprise never loses its last local administrator
 * (§9 A14). Profiles and permission rows are in {@link Profiles} and {@link AgendaPermissions}.
 */
@RestController
@Tag(name = "Clinic scheduling", description = "Enterprises, locations, employees, profiles, permissions, services (RVSQ, clinic side)")
public class Employees {
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clinic clinic;
    private final SchedulingRules rules;
    private final ClinicAudit audit;
    private final Notifications notifications;
    private final WorkGroupMemberships workGroups;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Employees(JdbcClient jdbc, TransactionTemplate transactions, Clinic clinic, SchedulingRules rules, ClinicAudit audit,
              Notifications notifications, WorkGroupMemberships workGroups, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clinic = clinic;
        this.rules = rules;
        this.audit = audit;
        this.notifications = notifications;
        this.workGroups = workGroups;
        this.events = events;
        this.clock = clock;
    }


    record EmployeeForm(String identifier, LocalDate startDate, LocalDate departureDate, List<Long> workLocations, String title,
                        String email, String workPhone, String phoneExtension, String profession, String professionDescription,
                        String shortBio, String firstName, String lastName, String ramqId, String pseudonym, String practiceNumber) {
    }

    @PostMapping("/api/clinic/enterprises/{enterpriseId}/employees")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A local administrator or super user adds an employee by RAMQ identifier, practice number or pseudonym "
            + "(R35): refused with M10 when already an employee (R36), M11 when not registered with RAMQ online services (R37); "
            + "start date defaults to today (R39); at least one work location (R40); a filled e-mail sends the welcome e-mail (R42)")
    EmployeeView add(@PathVariable long enterpriseId, @RequestBody EmployeeForm body) {
        EmployeeForm form = Bodies.required(body);
        Actor actor = clinic.actor(enterpriseId);
        clinic.require(actor, "employee.edit");
        if (form.identifier() == null || form.identifier().isBlank()) {
            throw new InvalidRequestException("identifier", "Entrez l'identifiant RAMQ, le numéro de pratique ou le pseudonyme.");
        }
        String identifier = form.identifier().trim();
        long person = jdbc.sql("SELECT id FROM ramq_person WHERE online_services AND (ramq_id = ? OR practice_number = ? OR pseudonym = ?)")
                .params(identifier, identifier, identifier).query(Long.class).optional()
                .orElseThrow(() -> new InvalidRequestException("identifier", rules.message("M11")));
        Validation validation = new Validation();
        check(enterpriseId, form, validation);
        validation.throwIfAny();
        long id = transactions.execute(tx -> {
            var existing = jdbc.sql("SELECT id, deleted_at FROM clinic_employee WHERE enterprise_id = ? AND person_id = ? FOR UPDATE")
                    .params(enterpriseId, person).query((rs, n) -> new Object[] {rs.getLong(1), rs.getTimestamp(2)}).optional();
            if (existing.isPresent() && existing.get()[1] == null) {
                throw new ConflictException(rules.message("M10"));
            }
            long employee = existing.map(e -> (long) e[0]).orElseGet(() -> employeeFor(enterpriseId, person));
            jdbc.sql("UPDATE clinic_employee SET deleted_at = NULL, is_local_admin = FALSE, is_super_user = FALSE, is_user = TRUE WHERE id = ?")
                    .param(employee).update();
            write(enterpriseId, employee, form, null);
            audit.record(actor, "employee.add", "employee:" + employee, identifier);
            return employee;
        });
        return view(enterpriseId, id);
    }

    @GetMapping("/api/clinic/enterprises/{enterpriseId}/employees")
    @Operation(summary = "The employees: every one for a local administrator or super user (deleted ones with includeDeleted=true, "
            + "R49); a user reads only their own record (R65)")
    List<EmployeeView> list(@PathVariable long enterpriseId, @RequestParam(defaultValue = "false") boolean includeDeleted) {
        Actor actor = clinic.actor(enterpriseId);
        if (!rules.allows("employees.read.all", clinic.column(actor))) {
            return List.of(view(enterpriseId, actor.employeeId()));
        }
        return jdbc.sql("SELECT e.id FROM clinic_employee e JOIN ramq_person p ON p.id = e.person_id WHERE e.enterprise_id = ?"
                        + (includeDeleted ? "" : " AND e.deleted_at IS NULL") + " ORDER BY p.last_name, p.first_name, e.id")
                .param(enterpriseId).query(Long.class).list().stream().map(id -> view(enterpriseId, id)).toList();
    }

    @GetMapping("/api/clinic/enterprises/{enterpriseId}/employees/{employeeId}")
    @Operation(summary = "An employee's record: a local administrator or super user reads any, a user only their own (R65); a health "
            + "professional's record has services and options, a staff member's does not (R44)")
    EmployeeView get(@PathVariable long enterpriseId, @PathVariable long employeeId) {
        Actor actor = clinic.actor(enterpriseId);
        requireReadable(actor, employeeId);
        return view(enterpriseId, employeeId);
    }

    public void requireReadable(Actor actor, long employeeId) {
        if (!rules.allows("employees.read.all", clinic.column(actor)) && (actor.employeeId() == null || actor.employeeId() != employeeId)) {
            throw new ForbiddenException("Un utilisateur ne consulte que sa propre fiche.");
        }
    }

    @PutMapping("/api/clinic/enterprises/{enterpriseId}/employees/{employeeId}")
    @Operation(summary = "A local administrator or super user changes an employee's record (R34); names, RAMQ identifier, pseudonym "
            + "and practice number come from RAMQ and cannot be changed (R38); the start date is required (R39); a departure date "
            + "deactivates the employee (R45)")
    EmployeeView change(@PathVariable long enterpriseId, @PathVariable long employeeId, @RequestBody EmployeeForm body) {
        EmployeeForm form = Bodies.required(body);
        Actor actor = clinic.actor(enterpriseId);
        clinic.require(actor, "employee.edit");
        EmployeeView before = view(enterpriseId, employeeId);
        Validation validation = new Validation()
                .require(form.startDate() != null, "startDate", "La date d'entrée en fonction est obligatoire.");
        for (String[] field : new String[][] {{"firstName", form.firstName()}, {"lastName", form.lastName()}, {"ramqId", form.ramqId()},
                {"pseudonym", form.pseudonym()}, {"practiceNumber", form.practiceNumber()}}) {
            validation.require(field[1] == null, field[0], "Ce renseignement vient de la RAMQ et ne se modifie pas dans la clinique.");
        }
        check(enterpriseId, form, validation);
        validation.throwIfAny();
        transactions.executeWithoutResult(tx -> {
            lockEnterprise(enterpriseId);
            if (form.departureDate() != null && form.departureDate().isBefore(clinic.today()) && before.localAdmin()) {
                requireAnotherLocalAdmin(enterpriseId, employeeId);
            }
            write(enterpriseId, employeeId, form, before.email());
            audit.record(actor, "employee.edit", "employee:" + employeeId, String.valueOf(form));
        });
        return view(enterpriseId, employeeId);
    }

    @DeleteMapping("/api/clinic/enterprises/{enterpriseId}/employees/{employeeId}")
    @Operation(summary = "A local administrator or super user deletes an employee, for good in the clinic's screens (R46) but kept for "
            + "reports (R49); never the last local administrator, never oneself. The employee leaves every work group and relay team; a "
            + "group they are the only member of is deleted too, once confirmed (confirmed=true, M25, R47); refused while it would leave "
            + "two identical groups (R48)")
    EmployeeView delete(@PathVariable long enterpriseId, @PathVariable long employeeId,
                        @RequestParam(required = false) Boolean confirmed) {
        Actor actor = clinic.actor(enterpriseId);
        clinic.require(actor, "employee.edit");
        EmployeeView employee = view(enterpriseId, employeeId);
        if (employee.deletedAt() != null) {
            throw new ConflictException("Cet employé est déjà supprimé.");
        }
        if (actor.employeeId() != null && actor.employeeId() == employeeId) {
            throw new ConflictException("Vous ne pouvez pas supprimer votre propre fiche.");
        }
        transactions.executeWithoutResult(tx -> {
            lockEnterprise(enterpriseId);
            if (employee.localAdmin()) {
                requireAnotherLocalAdmin(enterpriseId, employeeId);
            }
            WorkGroupMemberships.Removal removal = workGroups.removal(enterpriseId, employeeId);
            if (!removal.emptied().isEmpty() && !Boolean.TRUE.equals(confirmed)) {
                throw new InvalidRequestException("confirmed", rules.text("message.M25", Map.of("count", removal.emptied().size())));
            }
            if (removal.leavesTwins()) {
                throw new ConflictException(rules.text("workGroups.identicalAfterRemoval"));
            }
            workGroups.apply(removal);
            jdbc.sql("UPDATE clinic_employee SET deleted_at = ?, is_local_admin = FALSE, is_super_user = FALSE WHERE id = ?")
                    .params(Timestamp.from(clock.instant()), employeeId).update();
            events.publishEvent(new EmployeeDeleted(enterpriseId, employeeId));
            audit.record(actor, "employee.delete", "employee:" + employeeId, null);
        });
        return view(enterpriseId, employeeId);
    }

    private void check(long enterpriseId, EmployeeForm form, Validation validation) {
        List<Long> locations = form.workLocations() == null ? List.of() : form.workLocations();
        validation.require(!locations.isEmpty(), "workLocations", "Un employé a au moins un lieu de travail.");
        for (int i = 0; i < locations.size(); i++) {
            Long location = locations.get(i);
            validation.require(location != null && jdbc.sql("SELECT COUNT(*) FROM clinic_location WHERE id = ? AND enterprise_id = ?")
                    .params(location, enterpriseId).query(Long.class).single() > 0, "workLocations[" + i + "]",
                    "Lieu inconnu dans cette entreprise : " + location + ".");
        }
        validation.require(form.email() == null || form.email().isEmpty() || form.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "email",
                        "Adresse courriel invalide.")
                .require(form.departureDate() == null || form.startDate() == null || !form.departureDate().isBefore(form.startDate()),
                        "departureDate", "La date de départ ne précède pas la date d'entrée en fonction.")
                .maxLength("title", form.title(), 100).maxLength("email", form.email(), 254).maxLength("workPhone", form.workPhone(), 30)
                .maxLength("phoneExtension", form.phoneExtension(), 10).maxLength("profession", form.profession(), 100)
                .maxLength("professionDescription", form.professionDescription(), 300).maxLength("shortBio", form.shortBio(), 2000);
    }

    /** Writes the record's editable fields and work locations; rows no longer backed by a work location go (R59, R60). */
    private void write(long enterpriseId, long employeeId, EmployeeForm form, String previousEmail) {
        LocalDate start = form.startDate() == null ? clinic.today() : form.startDate();
        String email = form.email() == null || form.email().isBlank() ? null : form.email().trim();
        jdbc.sql("UPDATE clinic_employee SET title = ?, start_date = ?, departure_date = ?, email = ?, work_phone = ?, phone_extension = ?,"
                        + " profession = ?, profession_description = ?, short_bio = ? WHERE id = ?")
                .params(form.title(), start, form.departureDate(), email, form.workPhone(), form.phoneExtension(), form.profession(),
                        form.professionDescription(), form.shortBio(), employeeId)
                .update();
        jdbc.sql("DELETE FROM clinic_employee_location WHERE employee_id = ?").param(employeeId).update();
        for (long location : new LinkedHashSet<>(form.workLocations())) {
            jdbc.sql("INSERT INTO clinic_employee_location (employee_id, location_id) VALUES (?, ?)").params(employeeId, location).update();
        }
        events.publishEvent(new EmployeeWorkLocationsChanged(enterpriseId, employeeId, new LinkedHashSet<>(form.workLocations())));
        if (email != null && !email.equalsIgnoreCase(previousEmail == null ? "" : previousEmail)) {
            welcome(employeeId, email);
        }
    }

    private void welcome(long employeeId, String email) {
        var values = jdbc.sql("SELECT p.first_name, p.last_name, n.name FROM clinic_employee e JOIN ramq_person p ON p.id = e.person_id"
                        + " JOIN clinic_enterprise n ON n.id = e.enterprise_id WHERE e.id = ?").param(employeeId)
                .query((rs, n) -> Map.of("firstName", rs.getString(1), "lastName", rs.getString(2), "enterprise", rs.getString(3))).single();
        var parameters = rules.pack().parameters();
        notifications.queue(email, parameters.message("mail.employee.welcome.subject", "fr", values),
                parameters.message("mail.employee.welcome.body", "fr", values));
    }

    /** Serialises the profile changes of one enterprise, so two of them cannot each remove "another" last local administrator. */
    void lockEnterprise(long enterpriseId) {
        jdbc.sql("SELECT id FROM clinic_enterprise WHERE id = ? FOR UPDATE").param(enterpriseId).query(Long.class).single();
    }

    /** 409 unless the enterprise keeps an active local administrator besides this employee (§9 A14). */
    void requireAnotherLocalAdmin(long enterpriseId, long employeeId) {
        long others = jdbc.sql("SELECT COUNT(*) FROM clinic_employee WHERE enterprise_id = ? AND id <> ? AND is_local_admin AND deleted_at IS NULL"
                        + " AND (departure_date IS NULL OR departure_date >= ?)")
                .params(enterpriseId, employeeId, clinic.today()).query(Long.class).single();
        if (others == 0) {
            throw new ConflictException("L'entreprise doit garder au moins un administrateur local : nommez-en un autre auprès de la RAMQ d'abord.");
        }
    }

    public EmployeeView view(long enterpriseId, long employeeId) {
        return jdbc.sql("SELECT e.id, p.ramq_id, p.first_name, p.last_name, p.pseudonym, p.practice_number, e.title, e.start_date,"
                        + " e.departure_date, e.email, e.work_phone, e.phone_extension, e.profession, e.profession_description, e.short_bio,"
                        + " e.is_local_admin, e.is_super_user, e.is_user, e.deleted_at FROM clinic_employee e JOIN ramq_person p ON p.id = e.person_id"
                        + " WHERE e.id = ? AND e.enterprise_id = ?")
                .params(employeeId, enterpriseId)
                .query((rs, n) -> {
                    String practice = rs.getString(6);
                    boolean professional = practice != null;
                    List<Long> locations = jdbc.sql("SELECT location_id FROM clinic_employee_location WHERE employee_id = ? ORDER BY location_id")
                            .param(employeeId).query(Long.class).list();
                    return new EmployeeView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), practice,
                            rules.professionalClass(practice), professional,
                            professional ? List.of("INFORMATIONS", "PERMISSIONS", "SERVICES", "OPTIONS") : List.of("INFORMATIONS", "PERMISSIONS"),
                            rs.getString(7), rs.getDate(8).toLocalDate(), rs.getDate(9) == null ? null : rs.getDate(9).toLocalDate(),
                            rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
                            locations, rs.getBoolean(16), rs.getBoolean(17), rs.getBoolean(18),
                            rs.getTimestamp(19) == null ? null : rs.getTimestamp(19).toInstant());
                })
                .optional().orElseThrow(() -> new NotFoundException("Aucun employé n'a l'identifiant " + employeeId + " dans cette entreprise."));
    }

    /** The employee, 404 when deleted. */
    public EmployeeView active(long enterpriseId, long employeeId) {
        EmployeeView employee = view(enterpriseId, employeeId);
        if (employee.deletedAt() != null) {
            throw new NotFoundException("Aucun employé n'a l'identifiant " + employeeId + " dans cette entreprise.");
        }
        return employee;
    }

    /** The person's employee record in the enterprise, created (a user, starting today) when absent. */
    long employeeFor(long enterprise, long person) {
        return jdbc.sql("SELECT id FROM clinic_employee WHERE enterprise_id = ? AND person_id = ?").params(enterprise, person)
                .query(Long.class).optional().orElseGet(() -> {
                    jdbc.sql("INSERT INTO clinic_employee (enterprise_id, person_id, start_date, is_local_admin, is_super_user, is_user, created_at)"
                                    + " VALUES (?, ?, ?, FALSE, FALSE, TRUE, ?)")
                            .params(enterprise, person, clinic.today(), Timestamp.from(clock.instant())).update();
                    return jdbc.sql("SELECT id FROM clinic_employee WHERE enterprise_id = ? AND person_id = ?").params(enterprise, person)
                            .query(Long.class).single();
                });
    }
}
