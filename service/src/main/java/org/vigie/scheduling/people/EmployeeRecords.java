package org.vigie.scheduling.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.notifications.Notifications;
import org.vigie.web.ConflictException;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.Validation;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.ClinicAudit;
import org.vigie.scheduling.SchedulingRules;

/**
 * The enterprise's employees: health professionals (with a practice number) and clinic staff, their records and work
 * locations. A local administrator or super user adds one by RAMQ identifier, practice number or pseudonym (R35-R37,
 * R42), changes the clinic's fields but never RAMQ's (R34, R38-R40, R45) and deletes one for good in the clinic's screens
 * (R46, R49): the deleted record stays as it was, and adding the same person again opens a fresh record. Every change is
 * audited; the enterprise never loses its last local administrator (§9 A14). Reading is {@link EmployeeLookup}'s.
 */
@Service
class EmployeeRecords {
    private final Employees employees;
    private final EmployeeLookup lookup;
    private final RamqPersons persons;
    private final Enterprises enterprises;
    private final Locations locations;
    private final WorkGroupMemberships workGroups;
    private final Clinic clinic;
    private final SchedulingRules rules;
    private final ClinicAudit audit;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EmployeeRecords(Employees employees, EmployeeLookup lookup, RamqPersons persons, Enterprises enterprises, Locations locations,
                    WorkGroupMemberships workGroups, Clinic clinic, SchedulingRules rules, ClinicAudit audit, Notifications notifications,
                    ApplicationEventPublisher events, Clock clock) {
        this.employees = employees;
        this.lookup = lookup;
        this.persons = persons;
        this.enterprises = enterprises;
        this.locations = locations;
        this.workGroups = workGroups;
        this.clinic = clinic;
        this.rules = rules;
        this.audit = audit;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /**
     * R35-R37, R39, R40, R42: M10 while the person has a record here that is not deleted; once deleted, a fresh record,
     * with none of the old one's profiles, permissions, work groups, services or options (they stay with the old one).
     */
    @Transactional
    EmployeeView add(Actor actor, NewEmployee form) {
        long enterpriseId = actor.enterpriseId();
        enterprises.lock(enterpriseId);
        if (form.identifier() == null || form.identifier().isBlank()) {
            throw new InvalidRequestException("identifier", rules.text("employee.identifier.required"));
        }
        String identifier = form.identifier().trim();
        long person = persons.onlineByIdentifier(identifier).orElseThrow(() -> new InvalidRequestException("identifier", rules.message("M11")));
        Validation validation = new Validation();
        check(enterpriseId, form, validation);
        validation.throwIfAny();
        if (employees.activeRecordOf(enterpriseId, person).isPresent()) {
            throw new ConflictException(rules.message("M10"));
        }
        long employee = employees.insert(enterpriseId, person, clinic.today(), clock.instant());
        write(enterpriseId, employee, form, null);
        audit.record(actor, "employee.add", "employee:" + employee, identifier);
        return lookup.view(enterpriseId, employee);
    }

    /** R34, R38, R39, R45: the clinic's fields, never RAMQ's; a deleted record stays as it was deleted. */
    @Transactional
    EmployeeView change(Actor actor, long employeeId, EmployeeChange form) {
        long enterpriseId = actor.enterpriseId();
        enterprises.lock(enterpriseId);
        Employee before = lookup.stored(enterpriseId, employeeId);
        if (before.deleted()) {
            throw new ConflictException(rules.text("employee.deleted.unchanged"));
        }
        Validation validation = new Validation()
                .require(form.startDate() != null, "startDate", rules.text("employee.startDate.required"));
        String ramqField = rules.text("employee.ramqField");
        for (String[] field : new String[][] {{"firstName", form.firstName()}, {"lastName", form.lastName()}, {"ramqId", form.ramqId()},
                {"pseudonym", form.pseudonym()}, {"practiceNumber", form.practiceNumber()}}) {
            validation.require(field[1] == null, field[0], ramqField);
        }
        check(enterpriseId, form, validation);
        validation.throwIfAny();
        if (form.departureDate() != null && form.departureDate().isBefore(clinic.today()) && before.localAdmin()) {
            requireAnotherLocalAdmin(enterpriseId, employeeId);
        }
        write(enterpriseId, employeeId, form, before);
        audit.record(actor, "employee.edit", "employee:" + employeeId, String.valueOf(form));
        return lookup.view(enterpriseId, employeeId);
    }

    /**
     * R46-R49: deleted for good in the clinic's screens, kept for reports; never the last local administrator, never oneself.
     * The employee leaves every work group and relay team, a group of which they are the only member going too once confirmed
     * (M25); refused while it would leave two identical groups. {@link EmployeeDeleted} tells the other parts.
     */
    @Transactional
    EmployeeView delete(Actor actor, long employeeId, Boolean confirmed) {
        long enterpriseId = actor.enterpriseId();
        enterprises.lock(enterpriseId);
        Employee employee = lookup.stored(enterpriseId, employeeId);
        if (employee.deleted()) {
            throw new ConflictException(rules.text("employee.deleted.already"));
        }
        if (actor.employeeId() != null && actor.employeeId() == employeeId) {
            throw new ConflictException(rules.text("employee.delete.own"));
        }
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
        employees.markDeleted(employeeId, clock.instant());
        events.publishEvent(new EmployeeDeleted(enterpriseId, employeeId));
        audit.record(actor, "employee.delete", "employee:" + employeeId, null);
        return lookup.view(enterpriseId, employeeId);
    }

    /** The person's record here that is not deleted, or a fresh one (a user starting today) when there is none. */
    long activeRecordFor(long enterpriseId, long personId) {
        return employees.activeRecordOf(enterpriseId, personId)
                .orElseGet(() -> employees.insert(enterpriseId, personId, clinic.today(), clock.instant()));
    }

    /** 409 unless the enterprise keeps an active local administrator besides this employee (§9 A14); under the enterprise's lock. */
    void requireAnotherLocalAdmin(long enterpriseId, long employeeId) {
        if (employees.otherActiveLocalAdmins(enterpriseId, employeeId, clinic.today()) == 0) {
            throw new ConflictException(rules.text("employee.lastLocalAdmin"));
        }
    }

    private void check(long enterpriseId, EmployeeFields form, Validation validation) {
        List<Long> workLocations = form.workLocations() == null ? List.of() : form.workLocations();
        validation.require(!workLocations.isEmpty(), "workLocations", rules.text("employee.workLocations.required"));
        for (int i = 0; i < workLocations.size(); i++) {
            Long location = workLocations.get(i);
            validation.require(location != null && locations.inEnterprise(location, enterpriseId), "workLocations[" + i + "]",
                    rules.text("location.unknown", Map.of("id", String.valueOf(location))));
        }
        validation.require(form.email() == null || form.email().isEmpty() || form.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "email",
                        rules.text("contact.email.invalid"))
                .require(form.departureDate() == null || form.startDate() == null || !form.departureDate().isBefore(form.startDate()),
                        "departureDate", rules.text("employee.departureDate.beforeStart"))
                .maxLength("title", form.title(), 100).maxLength("email", form.email(), 254).maxLength("workPhone", form.workPhone(), 30)
                .maxLength("phoneExtension", form.phoneExtension(), 10).maxLength("profession", form.profession(), 100)
                .maxLength("professionDescription", form.professionDescription(), 300).maxLength("shortBio", form.shortBio(), 2000);
    }

    /**
     * Writes the record's fields and work locations, and tells the other parts: rows no longer backed by a work location go
     * (R59, R60, {@link EmployeeWorkLocationsChanged}); a departure date set or changed stops what the employee offers after
     * it ({@link EmployeeDeparted}, never with a null date); a new e-mail is sent the welcome (R42).
     */
    private void write(long enterpriseId, long employeeId, EmployeeFields form, Employee before) {
        LocalDate start = form.startDate() == null ? clinic.today() : form.startDate();
        String email = form.email() == null || form.email().isBlank() ? null : form.email().trim();
        employees.changeRecord(employeeId, form, start, email);
        Set<Long> workLocations = new LinkedHashSet<>(form.workLocations());
        employees.replaceWorkLocations(employeeId, workLocations);
        events.publishEvent(new EmployeeWorkLocationsChanged(enterpriseId, employeeId, workLocations));
        if (form.departureDate() != null && (before == null || !form.departureDate().equals(before.departureDate()))) {
            events.publishEvent(new EmployeeDeparted(enterpriseId, employeeId, form.departureDate()));
        }
        String previousEmail = before == null || before.email() == null ? "" : before.email();
        if (email != null && !email.equalsIgnoreCase(previousEmail)) {
            welcome(enterpriseId, employeeId, email);
        }
    }

    private void welcome(long enterpriseId, long employeeId, String email) {
        Employee employee = lookup.stored(enterpriseId, employeeId);
        Map<String, String> values = Map.of("firstName", employee.firstName(), "lastName", employee.lastName(),
                "enterprise", enterprises.find(enterpriseId).orElseThrow().name());
        var parameters = rules.pack().parameters();
        notifications.queue(email, parameters.message("mail.employee.welcome.subject", "fr", values),
                parameters.message("mail.employee.welcome.body", "fr", values));
    }
}
