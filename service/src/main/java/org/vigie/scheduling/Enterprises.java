package org.vigie.scheduling;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.accounts.AccountRegistry;
import org.vigie.web.Bodies;
import org.vigie.web.Caller;
import org.vigie.web.ConflictException;
import org.vigie.web.ForbiddenException;
import org.vigie.web.NotFoundException;
import org.vigie.web.Role;
import org.vigie.web.Validation;

/**
 * Enterprises and their locations. RAMQ (the provincial operator: an administrator of the service)
 * registers people, creates enterprises and locations and names local administrators; a clinic edits
 * only what the guide lets it: the enterprise's e-mail and phone, a location's abbreviation, suite
 * and phone (local administrator), and a location's options (local administrator, super user).
 */
@RestController
@Tag(name = "Clinic scheduling", description = "Enterprises, locations, employees, profiles, permissions, services (RVSQ, clinic side)")
class Enterprises {
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clinic clinic;
    private final SchedulingRules rules;
    private final ClinicAudit audit;
    private final AccountRegistry accounts;
    private final Clock clock;

    Enterprises(JdbcClient jdbc, TransactionTemplate transactions, Clinic clinic, SchedulingRules rules, ClinicAudit audit,
                AccountRegistry accounts, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clinic = clinic;
        this.rules = rules;
        this.audit = audit;
        this.accounts = accounts;
        this.clock = clock;
    }

    // ---- RAMQ's side -------------------------------------------------------------------------------

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
                        rs.getString(6), professionalClass(rs.getString(6)), rs.getBoolean(7)))
                .single();
    }

    /** The class a practice number's first characters give (R43, §9 A25), from the pack's list; null without a number. */
    String professionalClass(String practiceNumber) {
        if (practiceNumber == null) {
            return null;
        }
        return rules.pack().parameters().list("practiceClasses").stream()
                .filter(c -> practiceNumber.startsWith(c.attribute("prefix")))
                .max(java.util.Comparator.comparingInt(c -> c.attribute("prefix").length()))
                .map(c -> c.getCode()).orElse("OTHER");
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
    EnterpriseView create(@RequestBody NewEnterprise body) {
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
            Clinic.Actor operator = new Clinic.Actor(Caller.current().username(), enterprise, null, false, false, true);
            audit.record(operator, "enterprise.create", "enterprise:" + enterprise, request.name());
            for (long person : admins.stream().distinct().toList()) {
                long employee = employeeFor(enterprise, person);
                jdbc.sql("UPDATE clinic_employee SET is_local_admin = TRUE, is_super_user = FALSE, is_user = TRUE WHERE id = ?").param(employee).update();
                for (long location : locationIds) {
                    jdbc.sql("INSERT INTO clinic_employee_location (employee_id, location_id) VALUES (?, ?)").params(employee, location).update();
                }
                audit.record(operator, "profile.localAdmin.grant", "employee:" + employee, null);
            }
            return enterprise;
        });
        return view(id);
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

    @PostMapping("/api/clinic/enterprises/{enterpriseId}/locations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "RAMQ registers a new location of the enterprise; it receives its immutable unique identifier (administrators)")
    LocationView addLocation(@PathVariable long enterpriseId, @RequestBody NewLocation body) {
        NewLocation request = Bodies.required(body);
        requireOperator();
        Clinic.Actor operator = clinic.actor(enterpriseId);
        Validation validation = new Validation();
        checkLocation(request, "", validation);
        validation.throwIfAny();
        long id = transactions.execute(tx -> {
            long location = insertLocation(enterpriseId, request);
            audit.record(operator, "location.create", "location:" + location, request.name());
            return location;
        });
        return location(enterpriseId, id);
    }

    record Nomination(String ramqId) {
    }

    @PostMapping("/api/clinic/enterprises/{enterpriseId}/local-admins")
    @Operation(summary = "RAMQ names a local administrator (the nomination form; clinics cannot grant it, §9 A12): the employee is "
            + "added to the enterprise's administrators (administrators)")
    EnterpriseView nominate(@PathVariable long enterpriseId, @RequestBody Nomination body) {
        Nomination request = Bodies.required(body);
        requireOperator();
        Clinic.Actor operator = clinic.actor(enterpriseId);
        long person = jdbc.sql("SELECT id FROM ramq_person WHERE ramq_id = ? AND online_services").param(request.ramqId()).query(Long.class)
                .optional().orElseThrow(() -> new org.vigie.web.InvalidRequestException("ramqId", rules.message("M11")));
        transactions.executeWithoutResult(tx -> {
            long employee = employeeFor(enterpriseId, person);
            jdbc.sql("UPDATE clinic_employee SET is_local_admin = TRUE, is_super_user = FALSE, is_user = TRUE WHERE id = ?").param(employee).update();
            if (jdbc.sql("SELECT COUNT(*) FROM clinic_employee_location WHERE employee_id = ?").param(employee).query(Long.class).single() == 0) {
                jdbc.sql("INSERT INTO clinic_employee_location (employee_id, location_id) SELECT ?, id FROM clinic_location WHERE enterprise_id = ?")
                        .params(employee, enterpriseId).update();
            }
            audit.record(operator, "profile.localAdmin.grant", "employee:" + employee, null);
        });
        return view(enterpriseId);
    }

    private static void requireOperator() {
        if (!Caller.current().isAdmin()) {
            throw new ForbiddenException("Seule la RAMQ (administrateur du service) fait cette opération.");
        }
    }

    // ---- The clinic's side -------------------------------------------------------------------------

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
        List<EnterpriseSummary> enterprises = jdbc.sql("SELECT n.id, n.name, n.is_gmf FROM clinic_enterprise n JOIN clinic_employee e ON e.enterprise_id = n.id"
                        + " JOIN ramq_person p ON p.id = e.person_id WHERE p.ramq_id = ? AND e.deleted_at IS NULL"
                        + " AND (e.departure_date IS NULL OR e.departure_date >= ?) ORDER BY n.name, n.id")
                .params(caller.username(), clinic.today())
                .query((rs, n) -> new EnterpriseSummary(rs.getLong(1), rs.getString(2), rs.getBoolean(3))).list();
        if (enterprises.isEmpty()) {
            throw new ForbiddenException(rules.message("M2"));
        }
        return enterprises;
    }

    record Administrator(long employeeId, String name) {
    }

    record EnterpriseView(long id, String name, String email, String phone, boolean gmf, String gmfNumber,
                          List<Administrator> localAdmins, List<LocationView> locations) {
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
            + "name and GMF are RAMQ's (R15, R18)")
    EnterpriseView changeContact(@PathVariable long enterpriseId, @RequestBody ContactChange body) {
        ContactChange request = Bodies.required(body);
        Clinic.Actor actor = clinic.actor(enterpriseId);
        clinic.require(actor, "enterprise.contact.edit");
        new Validation()
                .require(request.name() == null || actor.operator(), "name", "Seule la RAMQ modifie le nom de l'entreprise.")
                .require(request.gmf() == null && request.gmfNumber() == null || actor.operator(), request.gmf() != null ? "gmf" : "gmfNumber",
                        "Seule la RAMQ indique si l'entreprise est un GMF et son numéro de GMF.")
                .require(request.email() == null || request.email().isEmpty() || request.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
                        "email", "Adresse courriel invalide.")
                .maxLength("email", request.email(), 254).maxLength("phone", request.phone(), 30)
                .throwIfAny();
        transactions.executeWithoutResult(tx -> {
            if (request.email() != null) {
                jdbc.sql("UPDATE clinic_enterprise SET email = ? WHERE id = ?").params(blankToNull(request.email()), enterpriseId).update();
            }
            if (request.phone() != null) {
                jdbc.sql("UPDATE clinic_enterprise SET phone = ? WHERE id = ?").params(blankToNull(request.phone()), enterpriseId).update();
            }
            audit.record(actor, "enterprise.contact.edit", "enterprise:" + enterpriseId, "email=" + request.email() + "; phone=" + request.phone());
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
        List<LocationView> locations = jdbc.sql("SELECT id FROM clinic_location WHERE enterprise_id = ? ORDER BY id").param(enterpriseId)
                .query(Long.class).list().stream().map(id -> location(enterpriseId, id)).toList();
        return new EnterpriseView(enterpriseId, (String) row[0], (String) row[1], (String) row[2], (boolean) row[3], (String) row[4],
                admins, locations);
    }

    // ---- Locations -------------------------------------------------------------------------------

    record Address(String civicNumber, String street, String suite, String city, String province, String postalCode) {
    }

    record CancellationCutoff(int value, String unit) {
    }

    /** onlineCancelNotice: what a patient reads inside the cutoff (M-P5, worded with this location's cutoff; none at 0, §9 A5). */
    record LocationOptions(String availabilityDisplayMode, boolean hideProfessionalNameGmf, boolean hideProfessionalNameGen,
                           CancellationCutoff onlineCancelCutoff, String onlineCancelNotice, boolean sendNoShowMessage) {
    }

    private String onlineCancelNotice(int value, String unit) {
        if (value == 0) {
            return null;
        }
        String cutoff = rules.text("cutoff." + unit + (value == 1 ? ".one" : ""), Map.of("value", String.valueOf(value)));
        return rules.text("message.M-P5", Map.of("cutoff", cutoff));
    }

    record LocationView(long id, String locationUid, String name, String abbreviation, String slotLabel, String ramqNumber,
                        String localityCode, LocalDate rvsqStartDate, LocalDate rvsqEndDate, String machineId, Address address,
                        String phone, String healthRegion, LocationOptions options) {
    }

    LocationView location(long enterpriseId, long locationId) {
        return jdbc.sql("SELECT id, location_uid, name, abbreviation, ramq_number, locality_code, rvsq_start_date, rvsq_end_date, machine_id,"
                        + " civic_number, street, suite, city, province, postal_code, phone, health_region, display_mode, hide_name_gmf,"
                        + " hide_name_gen, cancel_cutoff_value, cancel_cutoff_unit, send_no_show_message FROM clinic_location"
                        + " WHERE id = ? AND enterprise_id = ?")
                .params(locationId, enterpriseId)
                .query((rs, n) -> new LocationView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(4) == null || rs.getString(4).isBlank() ? rs.getString(3) : rs.getString(4), rs.getString(5),
                        rs.getString(6), date(rs.getDate(7)), date(rs.getDate(8)), rs.getString(9),
                        new Address(rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15)),
                        rs.getString(16), rs.getString(17),
                        new LocationOptions(rs.getString(18), rs.getBoolean(19), rs.getBoolean(20),
                                new CancellationCutoff(rs.getInt(21), rs.getString(22)), onlineCancelNotice(rs.getInt(21), rs.getString(22)),
                                rs.getBoolean(23))))
                .optional().orElseThrow(() -> new NotFoundException("Aucun lieu n'a l'identifiant " + locationId + " dans cette entreprise."));
    }

    @GetMapping("/api/clinic/enterprises/{enterpriseId}/locations/{locationId}")
    @Operation(summary = "A location: its information (unique identifier for a connected LCGA, address, phone) and options")
    LocationView getLocation(@PathVariable long enterpriseId, @PathVariable long locationId) {
        clinic.actor(enterpriseId);
        return location(enterpriseId, locationId);
    }

    record LocationChange(String abbreviation, String suite, String phone, String name, String locationUid, String machineId,
                          String civicNumber, String street, String city, String province, String postalCode) {
    }

    @PatchMapping("/api/clinic/enterprises/{enterpriseId}/locations/{locationId}")
    @Operation(summary = "The local administrator changes a location's abbreviation, suite and phone, the only fields a clinic edits "
            + "(R20); the address needs RAMQ's form 4066 (R24); the unique identifier never changes (R21)")
    LocationView changeLocation(@PathVariable long enterpriseId, @PathVariable long locationId, @RequestBody LocationChange body) {
        LocationChange request = Bodies.required(body);
        Clinic.Actor actor = clinic.actor(enterpriseId);
        clinic.require(actor, "location.information.edit");
        location(enterpriseId, locationId);
        Validation validation = new Validation()
                .require(request.locationUid() == null, "locationUid", "L'identifiant unique d'un lieu ne change jamais.")
                .require(request.name() == null && request.machineId() == null || actor.operator(), request.name() != null ? "name" : "machineId",
                        "Seule la RAMQ modifie le nom et l'identifiant machine d'un lieu.")
                .maxLength("abbreviation", request.abbreviation(), 40).maxLength("suite", request.suite(), 40).maxLength("phone", request.phone(), 30)
                .require(request.phone() == null || !request.phone().isBlank(), "phone", "Le téléphone du lieu est obligatoire.");
        for (String[] field : new String[][] {{"civicNumber", request.civicNumber()}, {"street", request.street()}, {"city", request.city()},
                {"province", request.province()}, {"postalCode", request.postalCode()}}) {
            validation.require(field[1] == null || actor.operator(), field[0],
                    "Un changement d'adresse se demande à la RAMQ (formulaire 4066).");
        }
        validation.throwIfAny();
        transactions.executeWithoutResult(tx -> {
            set(locationId, "abbreviation", request.abbreviation() == null ? null : blankToNull(request.abbreviation()), request.abbreviation() != null);
            set(locationId, "suite", request.suite() == null ? null : blankToNull(request.suite()), request.suite() != null);
            set(locationId, "phone", request.phone(), request.phone() != null);
            set(locationId, "name", request.name(), request.name() != null);
            set(locationId, "machine_id", request.machineId(), request.machineId() != null);
            set(locationId, "civic_number", request.civicNumber(), request.civicNumber() != null);
            set(locationId, "street", request.street(), request.street() != null);
            set(locationId, "city", request.city(), request.city() != null);
            set(locationId, "province", request.province(), request.province() != null);
            set(locationId, "postal_code", request.postalCode(), request.postalCode() != null);
            audit.record(actor, "location.information.edit", "location:" + locationId, String.valueOf(request));
        });
        return location(enterpriseId, locationId);
    }

    private void set(long locationId, String column, String value, boolean given) {
        if (given) {
            jdbc.sql("UPDATE clinic_location SET " + column + " = ? WHERE id = ?").params(value, locationId).update();
        }
    }

    record OptionsChange(String availabilityDisplayMode, Boolean hideProfessionalNameGmf, Boolean hideProfessionalNameGen,
                         Integer cancelCutoffValue, String cancelCutoffUnit, Boolean sendNoShowMessage) {
    }

    @PutMapping("/api/clinic/enterprises/{enterpriseId}/locations/{locationId}/options")
    @Operation(summary = "The local administrator or a super user saves a location's options, every one required (R25-R31): display "
            + "mode, the two name-hiding switches (GMF, GEN), the online-cancellation cutoff (0-59 minutes or 0-24 hours), the no-show message")
    LocationView changeOptions(@PathVariable long enterpriseId, @PathVariable long locationId, @RequestBody OptionsChange body) {
        OptionsChange request = Bodies.required(body);
        Clinic.Actor actor = clinic.actor(enterpriseId);
        clinic.require(actor, "location.options.edit");
        location(enterpriseId, locationId);
        var parameters = rules.today();
        boolean minutes = "MINUTES".equals(request.cancelCutoffUnit());
        int maximum = (int) parameters.number(minutes ? "cancellation.cutoff.minutes.maximum" : "cancellation.cutoff.hours.maximum");
        new Validation()
                .require(rules.known("displayModes", request.availabilityDisplayMode()), "availabilityDisplayMode",
                        "Mode d'affichage inconnu : « " + request.availabilityDisplayMode() + " » (" + String.join(", ", rules.codes("displayModes")) + ").")
                .require(request.hideProfessionalNameGmf() != null, "hideProfessionalNameGmf", "Indiquez si le nom est masqué (cascade GMF).")
                .require(request.hideProfessionalNameGen() != null, "hideProfessionalNameGen", "Indiquez si le nom est masqué (cascade GEN).")
                .require(request.sendNoShowMessage() != null, "sendNoShowMessage", "Indiquez si un message est envoyé aux patients absents.")
                .require(minutes || "HOURS".equals(request.cancelCutoffUnit()), "cancelCutoffUnit", "L'unité du délai est MINUTES ou HOURS.")
                .require(request.cancelCutoffValue() != null && request.cancelCutoffValue() >= 0 && request.cancelCutoffValue() <= maximum,
                        "cancelCutoffValue", "Le délai d'annulation va de 0 à " + maximum + (minutes ? " minutes." : " heures."))
                .throwIfAny();
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("UPDATE clinic_location SET display_mode = ?, hide_name_gmf = ?, hide_name_gen = ?, cancel_cutoff_value = ?,"
                            + " cancel_cutoff_unit = ?, send_no_show_message = ? WHERE id = ?")
                    .params(request.availabilityDisplayMode(), request.hideProfessionalNameGmf(), request.hideProfessionalNameGen(),
                            request.cancelCutoffValue(), request.cancelCutoffUnit(), request.sendNoShowMessage(), locationId)
                    .update();
            audit.record(actor, "location.options.edit", "location:" + locationId, String.valueOf(request));
        });
        return location(enterpriseId, locationId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static LocalDate date(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
