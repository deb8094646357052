package org.vigie.scheduling.people;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.accounts.AccountRegistry;
import org.vigie.web.Caller;
import org.vigie.web.ConflictException;
import org.vigie.web.ForbiddenException;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.Validation;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.ClinicAudit;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.people.EnterpriseRecords.EnterpriseView;
import org.vigie.scheduling.people.LocationViews.LocationView;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * RAMQ's side of clinic scheduling. RAMQ, the provincial operator (an administrator of the service), registers people
 * with its online services, creates enterprises and their locations (R15, R21) and names local administrators (R19,
 * §9 A12); clinics cannot do any of it, and are refused before anything is looked up.
 */
@Service
class RamqRegistry {
    private final RamqPersons persons;
    private final Enterprises enterprises;
    private final Employees employees;
    private final EmployeeRecords records;
    private final EnterpriseRecords enterpriseRecords;
    private final LocationRecords locations;
    private final AccountRegistry accounts;
    private final Clinic clinic;
    private final SchedulingRules rules;
    private final ClinicAudit audit;
    private final Clock clock;

    RamqRegistry(RamqPersons persons, Enterprises enterprises, Employees employees, EmployeeRecords records,
                 EnterpriseRecords enterpriseRecords, LocationRecords locations, AccountRegistry accounts, Clinic clinic,
                 SchedulingRules rules, ClinicAudit audit, Clock clock) {
        this.persons = persons;
        this.enterprises = enterprises;
        this.employees = employees;
        this.records = records;
        this.enterpriseRecords = enterpriseRecords;
        this.locations = locations;
        this.accounts = accounts;
        this.clinic = clinic;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    record NewPerson(@Schema(requiredMode = REQUIRED, example = "IP654321", description = "IP or CE and six digits") String ramqId,
                     @Schema(requiredMode = REQUIRED, example = "Marc") String firstName,
                     @Schema(requiredMode = REQUIRED, example = "Gagnon") String lastName,
                     @Schema(example = "marc.gagnon@example.org", description = "An e-mail form the person may sign in with") String pseudonym,
                     @Schema(example = "112345", description = "Six digits, for a health professional: 1 physician, 5 resident, 81 nurse "
                             + "practitioner") String practiceNumber,
                     @Schema(requiredMode = REQUIRED, example = "true") Boolean onlineServices,
                     @Schema(example = "mot-de-passe-2", description = "Required with onlineServices") String password) {
    }

    record Person(long id, String ramqId, String firstName, String lastName, String pseudonym, String practiceNumber,
                  String professionalClass, boolean onlineServices) {
    }

    record NewEnterprise(@Schema(requiredMode = REQUIRED, example = "Clinique du Plateau") String name,
                         @Schema(example = "accueil@clinique.example") String email,
                         @Schema(example = "514-555-0100") String phone,
                         @Schema(requiredMode = REQUIRED, example = "true") Boolean gmf,
                         @Schema(example = "GMF-0421", description = "Required for a GMF, refused otherwise (R18)") String gmfNumber,
                         @Schema(requiredMode = REQUIRED, description = "At least one") List<NewLocation> locations,
                         @Schema(requiredMode = REQUIRED, example = "[\"CE123456\"]", description = "RAMQ identifiers of registered "
                                 + "people, at least one") List<String> localAdmins) {
    }

    record Nomination(@Schema(requiredMode = REQUIRED, example = "CE123456") String ramqId) {
    }

    /** A person RAMQ registers; with the online services and a password, they sign in (R1, R2). */
    @Transactional
    Person register(NewPerson request) {
        requireOperator();
        Validation validation = new Validation()
                .require(request.ramqId() != null && request.ramqId().matches("(IP|CE)\\d{6}"), "ramqId",
                        rules.text("ramq.ramqId.shape"))
                .require(request.firstName() != null && !request.firstName().isBlank(), "firstName", rules.text("ramq.firstName.required"))
                .require(request.lastName() != null && !request.lastName().isBlank(), "lastName", rules.text("ramq.lastName.required"))
                .maxLength("firstName", request.firstName(), 100).maxLength("lastName", request.lastName(), 100)
                .require(request.pseudonym() == null || request.pseudonym().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "pseudonym",
                        rules.text("ramq.pseudonym.shape"))
                .require(request.practiceNumber() == null || request.practiceNumber().matches("\\d{6}"), "practiceNumber",
                        rules.text("ramq.practiceNumber.shape"))
                .require(request.onlineServices() != null, "onlineServices", rules.text("ramq.onlineServices.required"));
        if (Boolean.TRUE.equals(request.onlineServices())) {
            AccountRegistry.checkPassword(validation, "password", request.password());
        }
        validation.throwIfAny();
        long id;
        try {
            id = persons.insert(request.ramqId(), request.firstName().trim(), request.lastName().trim(), request.pseudonym(),
                    request.practiceNumber(), request.onlineServices(), clock.instant());
        } catch (DuplicateKeyException taken) {
            throw new ConflictException(rules.text("ramq.person.taken"));
        }
        if (request.onlineServices()) {
            accounts.openForClinicUser(request.ramqId(), request.password());
        }
        RamqPersons.RamqPerson person = persons.find(id);
        return new Person(person.id(), person.ramqId(), person.firstName(), person.lastName(), person.pseudonym(), person.practiceNumber(),
                rules.professionalClass(person.practiceNumber()), person.onlineServices());
    }

    /** R15, R18, R19: from the registration form; the local administrators (registered people) work at every location. */
    @Transactional
    EnterpriseView createEnterprise(NewEnterprise request) {
        requireOperator();
        Validation validation = new Validation()
                .require(request.name() != null && !request.name().isBlank(), "name", rules.text("enterprise.name.required"))
                .maxLength("name", request.name(), 200).maxLength("email", request.email(), 254).maxLength("phone", request.phone(), 30)
                .require(request.gmf() != null, "gmf", rules.text("ramq.gmf.required"))
                .require(!Boolean.TRUE.equals(request.gmf()) || request.gmfNumber() != null && !request.gmfNumber().isBlank(), "gmfNumber",
                        rules.text("enterprise.gmfNumber.required"))
                .require(!Boolean.FALSE.equals(request.gmf()) || request.gmfNumber() == null, "gmfNumber",
                        rules.text("enterprise.gmfNumber.notGmf"))
                .require(request.locations() != null && !request.locations().isEmpty(), "locations", rules.text("ramq.locations.required"))
                .require(request.localAdmins() != null && !request.localAdmins().isEmpty(), "localAdmins",
                        rules.text("ramq.localAdmins.required"));
        List<NewLocation> newLocations = request.locations() == null ? List.of() : request.locations();
        for (int i = 0; i < newLocations.size(); i++) {
            locations.checkNew(newLocations.get(i), "locations[" + i + "].", validation);
        }
        List<Long> admins = new ArrayList<>();
        List<String> named = request.localAdmins() == null ? List.of() : request.localAdmins();
        for (int i = 0; i < named.size(); i++) {
            var person = persons.onlineByRamqId(named.get(i));
            validation.require(person.isPresent(), "localAdmins[" + i + "]", rules.message("M11"));
            person.ifPresent(admins::add);
        }
        validation.throwIfAny();
        long enterprise = enterprises.insert(request.name().trim(), request.email(), request.phone(), request.gmf(), request.gmfNumber(),
                clock.instant());
        List<Long> locationIds = newLocations.stream().map(l -> locations.register(enterprise, l)).toList();
        Actor operator = new Actor(Caller.current().username(), enterprise, null, false, false, true, null);
        audit.record(operator, "enterprise.create", "enterprise:" + enterprise, request.name());
        for (long person : admins.stream().distinct().toList()) {
            long employee = records.activeRecordFor(enterprise, person);
            employees.makeLocalAdmin(employee);
            employees.addWorkLocations(employee, locationIds);
            audit.record(operator, "profile.localAdmin.grant", "employee:" + employee, null);
        }
        return enterpriseRecords.view(enterprise);
    }

    /** R21: a new location of the enterprise, with its immutable unique identifier and its zone (§9 A23). */
    @Transactional
    LocationView addLocation(long enterpriseId, NewLocation request) {
        Actor operator = operatorIn(enterpriseId);
        Validation validation = new Validation();
        locations.checkNew(request, "", validation);
        validation.throwIfAny();
        long location = locations.register(enterpriseId, request);
        audit.record(operator, "location.create", "location:" + location, request.name());
        return locations.location(enterpriseId, location);
    }

    /**
     * R19, §9 A12: the nomination form; the employee joins the enterprise's administrators, working at every location when
     * they had none. A person whose record was deleted gets a fresh one, as when a clinic adds them again.
     */
    @Transactional
    EnterpriseView nameLocalAdmin(long enterpriseId, Nomination request) {
        Actor operator = operatorIn(enterpriseId);
        enterprises.lock(enterpriseId);
        long person = persons.onlineByRamqId(request.ramqId()).orElseThrow(() -> new InvalidRequestException("ramqId", rules.message("M11")));
        long employee = records.activeRecordFor(enterpriseId, person);
        employees.makeLocalAdmin(employee);
        if (employees.find(enterpriseId, employee).orElseThrow().workLocations().isEmpty()) {
            employees.addWorkLocations(employee, locations.of(enterpriseId).stream().map(LocationView::id).toList());
        }
        audit.record(operator, "profile.localAdmin.grant", "employee:" + employee, null);
        return enterpriseRecords.view(enterpriseId);
    }

    /** RAMQ acting in one of its enterprises: every other caller is refused before the enterprise is looked up. */
    private Actor operatorIn(long enterpriseId) {
        requireOperator();
        return clinic.actor(enterpriseId);
    }

    private void requireOperator() {
        if (!Caller.current().isAdmin()) {
            throw new ForbiddenException(rules.text("ramq.operatorOnly"));
        }
    }
}
