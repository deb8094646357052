package org.vigie.scheduling.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.accounts.AccountRegistry;
import org.vigie.web.Bodies;
import org.vigie.web.Caller;
import org.vigie.web.ConflictException;
import org.vigie.web.ForbiddenException;
import org.vigie.web.Validation;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.ClinicAudit;
import org.vigie.scheduling.SchedulingRules;

/**
 * RAMQ's side of clinic scheduling. RAMQ, the provincial operator (an administrator of the
 * service), registers people with its online services, creates enterprises and their locations
 * (R15, R21) and names local administrators (R19, §9 A12); clinics cannot do any of it.
 */
@RestController
@Tag(name = "Clinic scheduling")
class RamqRegistrations {
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clinic clinic;
    private final SchedulingRules rules;
    private final ClinicAudit audit;
    private final AccountRegistry accounts;
    private final Enterprises enterprises;
    private final Locations locations;
    private final Employees employees;
    private final Clock clock;

    RamqRegistrations(JdbcClient jdbc, TransactionTemplate transactions, Clinic clinic, SchedulingRules rules, ClinicAudit audit, AccountRegistry accounts, Enterprises enterprises, Locations locations, Employees employees, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clinic = clinic;
        this.rules = rules;
        this.audit = audit;
        this.accounts = accounts;
        this.enterprises = enterprises;
        this.locations = locations;
        this.employees = employees;
        this.clock = clock;
    }

    record NewPerson(String ramqId, String firstName, String lastName, String pseudonym, String practiceNumber, Boolean onlineServices,
                     String password) {
    }

    record Person(long id, String ramqId, String firstName, String lastName, String pseudonym, String practiceNumber,
                  String professionalClass, boolean onlineServices) {
    }

    @PostMapping("/api/clinic/ramq-persons")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "RAMQ registers a person (identifier IPXXXXXX or CEXXXXXX, pseudonym, 6-digit practice number for a health "
            + "professional); with onlineServices and a password, they can sign in (administrators: the provincial operator)")
    Person register(@RequestBody NewPerson body) {
        NewPerson request = Bodies.required(body);
        requireOperator();
        Validation validation = new Validation()
                .require(request.ramqId() != null && request.ramqId().matches("(IP|CE)\\d{6}"), "ramqId",
                        "L'identifiant RAMQ s'écrit IPXXXXXX ou CEXXXXXX (six chiffres).")
                .require(request.firstName() != null && !request.firstName().isBlank(), "firstName", "Le prénom est obligatoire.")
                .require(request.lastName() != null && !request.lastName().isBlank(), "lastName", "Le nom de famille est obligatoire.")
                .maxLength("firstName", request.firstName(), 100).maxLength("lastName", request.lastName(), 100)
                .require(request.pseudonym() == null || request.pseudonym().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "pseudonym",
                        "Le pseudonyme a la forme d'une adresse courriel.")
                .require(request.practiceNumber() == null || request.practiceNumber().matches("\\d{6}"), "practiceNumber",
                        "Le numéro de pratique compte six chiffres.")
                .require(request.onlineServices() != null, "onlineServices", "Indiquez si la personne est inscrite aux services en ligne.");
        if (Boolean.TRUE.equals(request.onlineServices())) {
            AccountRegistry.checkPassword(validation, "password", request.password());
        }
        validation.throwIfAny();
        long id = transactions.execute(tx -> {
            try {
                jdbc.sql("INSERT INTO ramq_person (ramq_id, first_name, last_name, pseudonym, practice_number, online_services, created_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                        .params(request.ramqId(), request.firstName().trim(), request.lastName().trim(), request.pseudonym(),
                                request.practiceNumber(), request.onlineServices(), Timestamp.from(clock.instant()))
                        .update();
            } catch (org.springframework.dao.DuplicateKeyException taken) {
                throw new ConflictException("L'identifiant, le pseudonyme ou le numéro de pratique est déjà inscrit.");
            }
            if (request.onlineServices()) {
                accounts.openForClinicUser(request.ramqId(), request.password());
            }
            return jdbc.sql("SELECT id FROM ramq_person WHERE ramq_id = ?").param(request.ramqId()).query(Long.class).single();
        });
        return person(id);
    }

    Person person(long id) {
        return jdbc.sql("SELECT id, ramq_id, first_name, last_name, pseudonym, practice_number, online_services FROM ramq_person WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rules.professionalClass(rs.getString(6)), rs.getBoolean(7)))
                .single();
    }


    record NewLocation(String name, String abbreviation, String ramqNumber, String localityCode, LocalDate rvsqStartDate,
                       LocalDate rvsqEndDate, String machineId, String civicNumber, String street, String suite, String city,
                       String province, String postalCode, String phone, String healthRegion) {
    }

    record NewEnterprise(String name, String email, String phone, Boolean gmf, String gmfNumber, List<NewLocation> locations,
                         List<String> localAdmins) {
    }

    @PostMapping("/api/clinic/enterprises")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "RAMQ creates an enterprise from its registration form: GMF or not (GMF number), its locations, and at least "
            + "one local administrator (RAMQ identifiers of registered people), who works at every location (administrators)")
    Enterprises.EnterpriseView create(@RequestBody NewEnterprise body) {
        NewEnterprise request = Bodies.required(body);
        requireOperator();
        Validation validation = new Validation()
                .require(request.name() != null && !request.name().isBlank(), "name", "Le nom de l'entreprise est obligatoire.")
                .maxLength("name", request.name(), 200).maxLength("email", request.email(), 254).maxLength("phone", request.phone(), 30)
                .require(request.gmf() != null, "gmf", "Indiquez si l'entreprise est un groupe de médecine de famille (GMF).")
                .require(!Boolean.TRUE.equals(request.gmf()) || request.gmfNumber() != null && !request.gmfNumber().isBlank(), "gmfNumber",
                        "Le numéro de GMF est obligatoire pour un GMF.")
                .require(!Boolean.FALSE.equals(request.gmf()) || request.gmfNumber() == null, "gmfNumber",
                        "Une entreprise qui n'est pas un GMF n'a pas de numéro de GMF.")
                .require(request.locations() != null && !request.locations().isEmpty(), "locations", "Une entreprise compte au moins un lieu.")
                .require(request.localAdmins() != null && !request.localAdmins().isEmpty(), "localAdmins",
                        "Nommez au moins un administrateur local.");
        List<NewLocation> locations = request.locations() == null ? List.of() : request.locations();
        for (int i = 0; i < locations.size(); i++) {
            checkLocation(locations.get(i), "locations[" + i + "].", validation);
        }
        List<Long> admins = new ArrayList<>();
        List<String> named = request.localAdmins() == null ? List.of() : request.localAdmins();
        for (int i = 0; i < named.size(); i++) {
            var person = jdbc.sql("SELECT id FROM ramq_person WHERE ramq_id = ? AND online_services").param(named.get(i)).query(Long.class).optional();
            validation.require(person.isPresent(), "localAdmins[" + i + "]", rules.message("M11"));
            person.ifPresent(admins::add);
        }
        validation.throwIfAny();
        long id = transactions.execute(tx -> {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO clinic_enterprise (name, email, phone, is_gmf, gmf_number, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(request.name().trim(), request.email(), request.phone(), request.gmf(), request.gmfNumber(),
                            Timestamp.from(clock.instant()))
                    .update(keys, "id");
            long enterprise = keys.getKey().longValue();
            List<Long> locationIds = locations.stream().map(l -> insertLocation(enterprise, l)).toList();
            Actor operator = new Actor(Caller.current().username(), enterprise, null, false, false, true);
            audit.record(operator, "enterprise.create", "enterprise:" + enterprise, request.name());
            for (long person : admins.stream().distinct().toList()) {
                long employee = employees.employeeFor(enterprise, person);
                jdbc.sql("UPDATE clinic_employee SET is_local_admin = TRUE, is_super_user = FALSE, is_user = TRUE WHERE id = ?").param(employee).update();
                for (long location : locationIds) {
                    jdbc.sql("INSERT INTO clinic_employee_location (employee_id, location_id) VALUES (?, ?)").params(employee, location).update();
                }
                audit.record(operator, "profile.localAdmin.grant", "employee:" + employee, null);
            }
            return enterprise;
        });
        return enterprises.view(id);
    }

    private void checkLocation(NewLocation location, String prefix, Validation validation) {
        if (location == null) {
            validation.refuse(prefix.substring(0, prefix.length() - 1), "Lieu vide.");
            return;
        }
        validation.require(location.name() != null && !location.name().isBlank(), prefix + "name", "Le nom du lieu est obligatoire.")
                .require(location.civicNumber() != null && !location.civicNumber().isBlank(), prefix + "civicNumber", "Le numéro civique est obligatoire.")
                .require(location.street() != null && !location.street().isBlank(), prefix + "street", "La rue est obligatoire.")
                .require(location.city() != null && !location.city().isBlank(), prefix + "city", "La ville est obligatoire.")
                .require(location.province() != null && !location.province().isBlank(), prefix + "province", "La province est obligatoire.")
                .require(location.postalCode() != null && location.postalCode().matches("[A-Za-z]\\d[A-Za-z] ?\\d[A-Za-z]\\d"),
                        prefix + "postalCode", "Le code postal s'écrit A1A 1A1.")
                .require(location.phone() != null && !location.phone().isBlank(), prefix + "phone", "Le téléphone du lieu est obligatoire.")
                .maxLength(prefix + "name", location.name(), 200).maxLength(prefix + "abbreviation", location.abbreviation(), 40)
                .maxLength(prefix + "suite", location.suite(), 40).maxLength(prefix + "phone", location.phone(), 30)
                .maxLength(prefix + "machineId", location.machineId(), 100).maxLength(prefix + "street", location.street(), 200);
        if (location.healthRegion() != null) {
            rules.requireKnown(validation, prefix + "healthRegion", "healthRegions", location.healthRegion(), "Région sociosanitaire inconnue");
        }
    }

    private long insertLocation(long enterprise, NewLocation l) {
        var parameters = rules.today();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO clinic_location (enterprise_id, location_uid, name, abbreviation, ramq_number, locality_code, rvsq_start_date,"
                        + " rvsq_end_date, machine_id, civic_number, street, suite, city, province, postal_code, phone, health_region, display_mode,"
                        + " hide_name_gmf, hide_name_gen, cancel_cutoff_value, cancel_cutoff_unit, send_no_show_message)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, FALSE, ?, 'HOURS', FALSE)")
                .params(enterprise, UUID.randomUUID().toString(), l.name().trim(), l.abbreviation(), l.ramqNumber(), l.localityCode(),
                        l.rvsqStartDate(), l.rvsqEndDate(), l.machineId(), l.civicNumber(), l.street(), l.suite(), l.city(), l.province(),
                        l.postalCode().toUpperCase(), l.phone(), l.healthRegion(), rules.codes("displayModes").get(0),
                        (int) parameters.number("cancellation.cutoff.default.hours"))
                .update(keys, "id");
        return keys.getKey().longValue();
    }


    @PostMapping("/api/clinic/enterprises/{enterpriseId}/locations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "RAMQ registers a new location of the enterprise; it receives its immutable unique identifier (administrators)")
    Locations.LocationView addLocation(@PathVariable long enterpriseId, @RequestBody NewLocation body) {
        NewLocation request = Bodies.required(body);
        requireOperator();
        Actor operator = clinic.actor(enterpriseId);
        Validation validation = new Validation();
        checkLocation(request, "", validation);
        validation.throwIfAny();
        long id = transactions.execute(tx -> {
            long location = insertLocation(enterpriseId, request);
            audit.record(operator, "location.create", "location:" + location, request.name());
            return location;
        });
        return locations.location(enterpriseId, id);
    }

    record Nomination(String ramqId) {
    }

    @PostMapping("/api/clinic/enterprises/{enterpriseId}/local-admins")
    @Operation(summary = "RAMQ names a local administrator (the nomination form; clinics cannot grant it, §9 A12): the employee is "
            + "added to the enterprise's administrators (administrators)")
    Enterprises.EnterpriseView nominate(@PathVariable long enterpriseId, @RequestBody Nomination body) {
        Nomination request = Bodies.required(body);
        requireOperator();
        Actor operator = clinic.actor(enterpriseId);
        long person = jdbc.sql("SELECT id FROM ramq_person WHERE ramq_id = ? AND online_services").param(request.ramqId()).query(Long.class)
                .optional().orElseThrow(() -> new org.vigie.web.InvalidRequestException("ramqId", rules.message("M11")));
        transactions.executeWithoutResult(tx -> {
            long employee = employees.employeeFor(enterpriseId, person);
            jdbc.sql("UPDATE clinic_employee SET is_local_admin = TRUE, is_super_user = FALSE, is_user = TRUE WHERE id = ?").param(employee).update();
            if (jdbc.sql("SELECT COUNT(*) FROM clinic_employee_location WHERE employee_id = ?").param(employee).query(Long.class).single() == 0) {
                jdbc.sql("INSERT INTO clinic_employee_location (employee_id, location_id) SELECT ?, id FROM clinic_location WHERE enterprise_id = ?")
                        .params(employee, enterpriseId).update();
            }
            audit.record(operator, "profile.localAdmin.grant", "employee:" + employee, null);
        });
        return enterprises.view(enterpriseId);
    }

    private static void requireOperator() {
        if (!Caller.current().isAdmin()) {
            throw new ForbiddenException("Seule la RAMQ (administrateur du service) fait cette opération.");
        }
    }

}
