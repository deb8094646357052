package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.vigie.support.Api;
import org.vigie.support.Fuzz;

/**
 * Walks every clinic-scheduling operation with every profile of the enterprise, a local
 * administrator of another enterprise, the LCGA linked to the enterprise's first location (R255), a regulator's member and no
 * one: each allowed caller gets a
 * 2xx, every other a refusal, and the other enterprise's administrator never learns the
 * enterprise exists (404). The operations come from the running service: a new one without a line
 * here fails.
 */
class ClinicAuthorizationIntegrationTests extends ClinicTest {
    enum Who { ANONYMOUS, OPERATOR, LOCAL_ADMIN, SUPER_USER, PROFESSIONAL, STAFF_USER, LCGA, OTHER_ENTERPRISE, MEMBER }

    static final Set<Who> OPERATOR = EnumSet.of(Who.OPERATOR);
    static final Set<Who> LA = EnumSet.of(Who.OPERATOR, Who.LOCAL_ADMIN);
    static final Set<Who> MANAGERS = EnumSet.of(Who.OPERATOR, Who.LOCAL_ADMIN, Who.SUPER_USER);
    static final Set<Who> MANAGERS_AND_PROFESSIONAL = EnumSet.of(Who.OPERATOR, Who.LOCAL_ADMIN, Who.SUPER_USER, Who.PROFESSIONAL);
    static final Set<Who> MANAGERS_AND_STAFF_USER = EnumSet.of(Who.OPERATOR, Who.LOCAL_ADMIN, Who.SUPER_USER, Who.STAFF_USER);
    static final Set<Who> EMPLOYEES = EnumSet.of(Who.OPERATOR, Who.LOCAL_ADMIN, Who.SUPER_USER, Who.PROFESSIONAL, Who.STAFF_USER);
    /** The employees and the LCGA of the professional's location (R255): the pack's LCGA column reads agendas there. */
    static final Set<Who> EMPLOYEES_AND_LCGA = EnumSet.of(Who.OPERATOR, Who.LOCAL_ADMIN, Who.SUPER_USER, Who.PROFESSIONAL, Who.STAFF_USER,
            Who.LCGA);
    /** Who may create, change or delete a slot on the professional's agenda (agenda.slot.edit): not the operator. */
    static final Set<Who> SLOT_EDITORS = EnumSet.of(Who.LOCAL_ADMIN, Who.SUPER_USER, Who.PROFESSIONAL, Who.STAFF_USER);
    /** Who may book in at least one agenda (appointment.manage), so match a NAM (R176): not the operator, not a user with READ only. */
    static final Set<Who> BOOKERS = EnumSet.of(Who.LOCAL_ADMIN, Who.SUPER_USER, Who.PROFESSIONAL, Who.STAFF_USER);
    /** The bookers and the LCGA of the professional's location (R255: appointment.manage in the pack's LCGA column). */
    static final Set<Who> BOOKERS_AND_LCGA = EnumSet.of(Who.LOCAL_ADMIN, Who.SUPER_USER, Who.PROFESSIONAL, Who.STAFF_USER, Who.LCGA);
    /** Who may quick create or clear a professional's week (agenda.week.*): not the operator, not a user with READ_WRITE. */
    static final Set<Who> WEEK_EDITORS = EnumSet.of(Who.LOCAL_ADMIN, Who.SUPER_USER, Who.PROFESSIONAL);
    /** Who may make and list feeds of the professional's agenda (agenda.view): not the operator, which subscribes to none. */
    static final Set<Who> FEED_READERS = EnumSet.of(Who.LOCAL_ADMIN, Who.SUPER_USER, Who.PROFESSIONAL, Who.STAFF_USER);
    /** Who may produce reports and print agendas (report.produce, R240): not the operator; the staff user through their row. */
    static final Set<Who> REPORTERS = EnumSet.of(Who.LOCAL_ADMIN, Who.SUPER_USER, Who.PROFESSIONAL, Who.STAFF_USER);
    /** Who may revoke the staff user's feed: its creator, the local administrator and super users. */
    /** A feed's secret address: anyone holding it, signed in or not. */
    static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    static final Set<Who> FEED_REVOKERS = EnumSet.of(Who.LOCAL_ADMIN, Who.SUPER_USER, Who.STAFF_USER);
    /** Clinic users in a session of their own enterprise (the operator has none). */
    static final Set<Who> IN_A_SESSION = EnumSet.of(Who.LOCAL_ADMIN, Who.SUPER_USER, Who.PROFESSIONAL, Who.STAFF_USER, Who.OTHER_ENTERPRISE);
    /** Every clinic user active in some enterprise, whichever (their own display preferences); not the operator. */
    static final Set<Who> CLINIC_USERS = EnumSet.of(Who.LOCAL_ADMIN, Who.SUPER_USER, Who.PROFESSIONAL, Who.STAFF_USER, Who.OTHER_ENTERPRISE);

    /**
     * A fresh enterprise: its local admin, a super user, a professional with a service, a staff user with a row on them, and the
     * LCGA of its first location, linked at the first need (the walk's LCGA and the LCGA operations share its secret).
     */
    record Fixture(Enterprise enterprise, Person superUser, Person doctor, long professional, long service, Person staff, long staffEmployee,
                   long permission, Map<String, Object> software) {
        String path() {
            return enterprise.path();
        }
    }

    /** The credentials of the fixture's LCGA (R255): its location's unique identifier, machine identifier and secret. */
    Map<String, Object> lcgaCredentials(Fixture f) {
        if (f.software().isEmpty()) {
            var issued = api.post(f.enterprise().admin().login(), f.path() + "/locations/" + f.enterprise().location1() + "/lcga-link", null);
            assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
            f.software().putAll(Map.of("locationUid", issued.text("/locationUid"), "machineId", issued.text("/machineId"),
                    "secret", issued.text("/secret")));
        }
        return Map.copyOf(f.software());
    }

    Api.Login lcga(Fixture f) {
        var opened = api.post(null, "/api/clinic/lcga-sessions", lcgaCredentials(f));
        assertThat(opened.status()).as(opened.raw()).isEqualTo(201);
        return Api.Login.bearer(opened.text("/token"));
    }

    record Call(String method, String path, Object body) {
        static Call get(String path) { return new Call("GET", path, null); }
        static Call post(String path, Object body) { return new Call("POST", path, body); }
        static Call put(String path, Object body) { return new Call("PUT", path, body); }
        static Call patch(String path, Object body) { return new Call("PATCH", path, body); }
        static Call delete(String path) { return new Call("DELETE", path, null); }
    }

    record Rule(Set<Who> allowed, Function<Fixture, Call> call) {
    }

    /** The same four people in every fixture's enterprise (signing people up costs a password hash each). */
    Person admin;
    Person superUser;
    Person doctor;
    Person staff;

    Fixture fixture() {
        if (admin == null) {
            admin = person(null);
            superUser = person(null);
            doctor = person("1");
            staff = person(null);
        }
        Enterprise enterprise = enterprise(true, admin); // a GMF, for its work groups
        superUser(enterprise, superUser);
        long professional = hire(enterprise, doctor, enterprise.location1());
        long service = api.post(enterprise.admin().login(), professionalPath(enterprise, professional) + "/services",
                Map.of("appointmentType", "MF", "reason", "MINOR_EMERGENCY", "durationMinutes", 15)).body().get("id").asLong();
        long staffEmployee = hire(enterprise, staff, enterprise.location1());
        long permission = api.post(enterprise.admin().login(), employeePath(enterprise, staffEmployee) + "/permissions",
                Map.of("location", "ALL", "professionalId", professional, "access", "READ_WRITE")).body().get(0).get("id").asLong();
        return new Fixture(enterprise, superUser, doctor, professional, service, staff, staffEmployee, permission, new java.util.HashMap<>());
    }

    long group(Fixture f) {
        return api.post(f.enterprise().admin().login(), professionalPath(f.enterprise(), f.professional()) + "/service-groups",
                Map.of("name", "Groupe " + unique(), "serviceIds", List.of(f.service()))).body().get("id").asLong();
    }

    static Map<String, Object> slotBody(Fixture f) {
        return Map.of("date", "2030-06-03", "startTime", "08:00", "endTime", "12:00", "locationId", f.enterprise().location1(),
                "serviceIds", List.of(f.service()), "visibility", "PUBLIC");
    }

    long slot(Fixture f) {
        return api.post(f.enterprise().admin().login(), professionalPath(f.enterprise(), f.professional()) + "/slots", slotBody(f))
                .body().get("id").asLong();
    }

    long feed(Fixture f) {
        return api.post(f.staff().login(), professionalPath(f.enterprise(), f.professional()) + "/agenda-feeds", Map.of())
                .body().get("id").asLong();
    }

    static Map<String, Object> templateBody(Fixture f) {
        return Map.of("locationId", f.enterprise().location1(), "name", "Modèle " + unique(), "professions", List.of("PHYSICIAN"),
                "professionalIds", List.of(f.professional()), "slots", List.of(Map.of("dayOfWeek", "MONDAY", "startTime", "08:00",
                "endTime", "12:00", "serviceIds", List.of(f.service()), "visibility", "PUBLIC")));
    }

    long template(Fixture f) {
        return api.post(f.enterprise().admin().login(), f.path() + "/templates", templateBody(f)).body().get("id").asLong();
    }

    long workGroup(Fixture f) {
        return api.post(f.enterprise().admin().login(), f.path() + "/work-groups", Map.of("members", List.of(f.professional()),
                "relayTeam1", List.of(), "relayTeam2", List.of())).body().get("id").asLong();
    }

    static Map<String, Object> holdBody(Fixture f) {
        return Map.of("professionalId", f.professional(), "date", "2030-06-03", "time", "09:00", "durationMinutes", 15);
    }

    /** The local administrator's hold, aged by this many seconds in the database (its expiry is database time). */
    long hold(Fixture f, int agedSeconds) {
        long id = api.post(f.enterprise().admin().login(), f.path() + "/holds", holdBody(f)).body().get("id").asLong();
        jdbc.sql("UPDATE clinic_hold SET created_at = created_at - INTERVAL ? SECOND, expires_at = expires_at - INTERVAL ? SECOND WHERE id = ?")
                .params(agedSeconds, agedSeconds, id).update();
        return id;
    }

    static Map<String, Object> appointmentBody(Fixture f, Integer version) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("professionalId", f.professional(), "date", "2030-06-03", "time", "09:00",
                "durationMinutes", 15, "patient", Map.of("firstName", "Julie", "lastName", "Tremblay", "sex", "F", "dateOfBirth", "1985-03-15"),
                "mobilePhone", "514-555-0142", "email", "julie@example.org", "channels", List.of("EMAIL"), "language", "FR"));
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    long appointment(Fixture f) {
        return api.post(f.enterprise().admin().login(), f.path() + "/appointments", appointmentBody(f, null)).body().get("id").asLong();
    }

    Map<String, Rule> table() {
        Map<String, Rule> t = new LinkedHashMap<>();
        String e = "/api/clinic/enterprises/{enterpriseId}";
        String pro = e + "/professionals/{professionalId}";
        t.put("POST /api/clinic/ramq-persons", new Rule(OPERATOR, f -> Call.post("/api/clinic/ramq-persons", Map.of("ramqId",
                "CE" + String.format("%06d", unique()), "firstName", "A", "lastName", "B", "onlineServices", false))));
        t.put("POST /api/clinic/ramq-patients", new Rule(OPERATOR, f -> Call.post("/api/clinic/ramq-patients",
                PatientRegistryApiIntegrationTests.patient(PatientRegistryApiIntegrationTests.nam()))));
        t.put("POST /api/clinic/sms/inbound", new Rule(OPERATOR, f -> Call.post("/api/clinic/sms/inbound",
                Map.of("from", "514-555-" + String.format("%04d", unique() % 10000), "text", "INFO"))));
        t.put("GET /api/clinic/notices/backlog", new Rule(OPERATOR, f -> Call.get("/api/clinic/notices/backlog")));
        t.put("POST " + e + "/patients/lookup", new Rule(BOOKERS_AND_LCGA, f -> Call.post(f.path() + "/patients/lookup",
                Map.of("nam", PatientRegistryApiIntegrationTests.nam()))));
        t.put("POST /api/clinic/enterprises", new Rule(OPERATOR, f -> Call.post("/api/clinic/enterprises", Map.of("name", "Nouvelle",
                "gmf", false, "locations", List.of(location("Lieu")), "localAdmins", List.of(f.enterprise().admin().ramqId())))));
        t.put("GET /api/clinic/enterprises", new Rule(EnumSet.of(Who.OPERATOR, Who.LOCAL_ADMIN, Who.SUPER_USER, Who.PROFESSIONAL,
                Who.STAFF_USER, Who.OTHER_ENTERPRISE), f -> Call.get("/api/clinic/enterprises")));
        t.put("GET " + e, new Rule(EMPLOYEES_AND_LCGA, f -> Call.get(f.path())));
        t.put("PATCH " + e, new Rule(LA, f -> Call.patch(f.path(), Map.of("phone", "514-555-0000"))));
        t.put("POST " + e + "/locations", new Rule(OPERATOR, f -> Call.post(f.path() + "/locations", location("Nouveau lieu"))));
        t.put("POST " + e + "/local-admins", new Rule(OPERATOR, f -> Call.post(f.path() + "/local-admins", Map.of("ramqId", f.staff().ramqId()))));
        t.put("GET " + e + "/locations/{locationId}", new Rule(EMPLOYEES_AND_LCGA, f -> Call.get(f.path() + "/locations/" + f.enterprise().location1())));
        t.put("PATCH " + e + "/locations/{locationId}", new Rule(LA, f -> Call.patch(f.path() + "/locations/" + f.enterprise().location1(),
                Map.of("abbreviation", "PLT"))));
        t.put("PUT " + e + "/locations/{locationId}/options", new Rule(MANAGERS, f -> Call.put(f.path() + "/locations/"
                + f.enterprise().location1() + "/options", EnterpriseAndEmployeeRulesApiIntegrationTests.options(12, "HOURS"))));
        t.put("POST " + e + "/employees", new Rule(MANAGERS, f -> Call.post(f.path() + "/employees", Map.of("identifier", person(null).ramqId(),
                "workLocations", List.of(f.enterprise().location2())))));
        t.put("GET " + e + "/employees", new Rule(EMPLOYEES, f -> Call.get(f.path() + "/employees")));
        t.put("GET " + e + "/employees/{employeeId}", new Rule(MANAGERS_AND_PROFESSIONAL,
                f -> Call.get(employeePath(f.enterprise(), f.professional()))));
        t.put("PUT " + e + "/employees/{employeeId}", new Rule(MANAGERS, f -> Call.put(employeePath(f.enterprise(), f.professional()),
                Map.of("startDate", "2026-01-05", "title", "Médecin", "workLocations", List.of(f.enterprise().location1())))));
        t.put("DELETE " + e + "/employees/{employeeId}", new Rule(MANAGERS, f -> Call.delete(employeePath(f.enterprise(),
                hire(f.enterprise(), person(null), f.enterprise().location2())))));
        t.put("PUT " + e + "/employees/{employeeId}/super-user", new Rule(MANAGERS, f -> Call.put(employeePath(f.enterprise(),
                hire(f.enterprise(), person(null), f.enterprise().location2())) + "/super-user", Map.of("superUser", true))));
        t.put("DELETE " + e + "/employees/{employeeId}/local-admin", new Rule(LA, f -> {
            Person second = person(null);
            api.post(Api.admin(), f.path() + "/local-admins", Map.of("ramqId", second.ramqId()));
            long employee = api.get(second.login(), f.path() + "/employees").body().findParents("ramqId").stream()
                    .filter(n -> n.get("ramqId").asText().equals(second.ramqId())).findFirst().orElseThrow().get("id").asLong();
            return Call.delete(employeePath(f.enterprise(), employee) + "/local-admin?confirmed=true");
        }));
        t.put("GET " + e + "/employees/{employeeId}/permissions", new Rule(MANAGERS_AND_STAFF_USER,
                f -> Call.get(employeePath(f.enterprise(), f.staffEmployee()) + "/permissions")));
        t.put("POST " + e + "/employees/{employeeId}/permissions", new Rule(MANAGERS, f -> Call.post(employeePath(f.enterprise(),
                f.staffEmployee()) + "/permissions", Map.of("location", "ALL", "professionalId", f.professional(), "access", "READ"))));
        t.put("DELETE " + e + "/employees/{employeeId}/permissions/{permissionId}", new Rule(MANAGERS,
                f -> Call.delete(employeePath(f.enterprise(), f.staffEmployee()) + "/permissions/" + f.permission())));
        t.put("GET " + pro + "/services", new Rule(MANAGERS_AND_PROFESSIONAL,
                f -> Call.get(professionalPath(f.enterprise(), f.professional()) + "/services")));
        t.put("POST " + pro + "/services", new Rule(MANAGERS, f -> Call.post(professionalPath(f.enterprise(), f.professional()) + "/services",
                Map.of("appointmentType", "GEN", "reason", "ALL", "durationMinutes", 30))));
        t.put("DELETE " + pro + "/services/{serviceId}", new Rule(MANAGERS, f -> Call.delete(professionalPath(f.enterprise(),
                f.professional()) + "/services/" + f.service() + "?confirmed=true")));
        t.put("GET " + pro + "/service-groups", new Rule(MANAGERS_AND_PROFESSIONAL,
                f -> Call.get(professionalPath(f.enterprise(), f.professional()) + "/service-groups")));
        t.put("POST " + pro + "/service-groups", new Rule(MANAGERS, f -> Call.post(professionalPath(f.enterprise(), f.professional())
                + "/service-groups", Map.of("name", "Urgences", "serviceIds", List.of(f.service())))));
        t.put("PUT " + pro + "/service-groups/{groupId}", new Rule(MANAGERS, f -> Call.put(professionalPath(f.enterprise(), f.professional())
                + "/service-groups/" + group(f), Map.of("name", "Renommé", "serviceIds", List.of(f.service())))));
        t.put("DELETE " + pro + "/service-groups/{groupId}", new Rule(MANAGERS, f -> Call.delete(professionalPath(f.enterprise(),
                f.professional()) + "/service-groups/" + group(f) + "?confirmed=true")));
        t.put("GET " + pro + "/options", new Rule(MANAGERS_AND_PROFESSIONAL,
                f -> Call.get(professionalPath(f.enterprise(), f.professional()) + "/options")));
        t.put("PUT " + pro + "/options", new Rule(MANAGERS, f -> Call.put(professionalPath(f.enterprise(), f.professional()) + "/options",
                Map.of("bookingHorizonEnabled", true, "bookingHorizonMaxWeeks", 4))));
        // slots: agenda.slot.edit (the operator does no clinic's agenda work) and agenda.view; the staff user has READ_WRITE on the professional
        t.put("GET " + pro + "/slots/proposal", new Rule(SLOT_EDITORS, f -> Call.get(professionalPath(f.enterprise(), f.professional())
                + "/slots/proposal?date=2030-06-03&start=08:00")));
        t.put("POST " + pro + "/slots", new Rule(SLOT_EDITORS, f -> Call.post(professionalPath(f.enterprise(), f.professional()) + "/slots",
                slotBody(f))));
        t.put("GET " + pro + "/slots", new Rule(EMPLOYEES_AND_LCGA, f -> Call.get(professionalPath(f.enterprise(), f.professional())
                + "/slots?from=2030-06-02&to=2030-06-08")));
        t.put("PUT " + pro + "/slots/{slotId}", new Rule(SLOT_EDITORS, f -> Call.put(professionalPath(f.enterprise(), f.professional())
                + "/slots/" + slot(f), slotBody(f))));
        t.put("DELETE " + pro + "/slots/{slotId}", new Rule(SLOT_EDITORS, f -> Call.delete(professionalPath(f.enterprise(), f.professional())
                + "/slots/" + slot(f))));
        // the agenda's content: agenda.view on each (location, professional); the staff user's row covers both locations (ALL)
        t.put("GET " + pro + "/agenda", new Rule(EMPLOYEES_AND_LCGA, f -> Call.get(professionalPath(f.enterprise(), f.professional())
                + "/agenda?from=2030-06-02&to=2030-06-08&locationId=" + f.enterprise().location1())));
        t.put("GET " + e + "/agenda/default", new Rule(EMPLOYEES_AND_LCGA, f -> Call.get(f.path() + "/agenda/default?from=2030-06-02")));
        t.put("GET " + e + "/agendas/day", new Rule(EMPLOYEES_AND_LCGA, f -> Call.get(f.path() + "/agendas/day?date=2030-06-03&page=0")));
        // weeks: agenda.week.quickCreate and agenda.week.clear (R122, R137), a professional on their own agenda, LA, SU; not READ_WRITE
        t.put("POST " + pro + "/weeks/{sunday}/quick-create", new Rule(WEEK_EDITORS, f -> Call.post(professionalPath(f.enterprise(),
                f.professional()) + "/weeks/2030-06-02/quick-create", Map.of("days", List.of(Map.of("date", "2030-06-03",
                "ranges", List.of(Map.of("startTime", "08:00", "endTime", "12:00"))))))));
        t.put("POST " + pro + "/weeks/{sunday}/clear", new Rule(WEEK_EDITORS, f -> Call.post(professionalPath(f.enterprise(), f.professional())
                + "/weeks/2030-06-02/clear?confirmed=true", null)));
        // agenda feeds: agenda.view at every location they cover; revoked by their creator (the staff user here) or a manager
        t.put("POST " + pro + "/agenda-feeds", new Rule(FEED_READERS, f -> Call.post(professionalPath(f.enterprise(), f.professional())
                + "/agenda-feeds", Map.of())));
        t.put("GET /api/public/agenda-feeds/{token}.ics", new Rule(EVERYONE, f -> Call.get(api.post(f.staff().login(),
                professionalPath(f.enterprise(), f.professional()) + "/agenda-feeds", Map.of()).text("/path"))));
        t.put("GET " + pro + "/agenda-feeds", new Rule(FEED_READERS, f -> Call.get(professionalPath(f.enterprise(), f.professional())
                + "/agenda-feeds")));
        t.put("DELETE " + pro + "/agenda-feeds/{feedId}", new Rule(FEED_REVOKERS, f -> Call.delete(professionalPath(f.enterprise(),
                f.professional()) + "/agenda-feeds/" + feed(f))));
        // agenda.week.copy (R128): as the other week-wide actions; the fixture's slot is the source week's
        t.put("POST " + pro + "/weeks/{sunday}/copy", new Rule(WEEK_EDITORS, f -> {
            slot(f);
            return Call.post(professionalPath(f.enterprise(), f.professional()) + "/weeks/2030-06-02/copy", Map.of("nextWeeks", 1, "interval", 1));
        }));
        // agenda.range.remove (R162): LA, SU, the professional and a user with READ_WRITE, as single slots
        t.put("POST " + pro + "/availability-removals", new Rule(SLOT_EDITORS, f -> {
            slot(f);
            return Call.post(professionalPath(f.enterprise(), f.professional()) + "/availability-removals", Map.of("date", "2030-06-03",
                    "startTime", "09:00", "endTime", "10:00"));
        }));
        // templates: agenda.template.manage and agenda.template.apply at the location, on the pairs the staff user holds READ_WRITE on (R141, R154)
        t.put("GET " + e + "/templates", new Rule(SLOT_EDITORS, f -> Call.get(f.path() + "/templates")));
        t.put("POST " + e + "/templates", new Rule(SLOT_EDITORS, f -> Call.post(f.path() + "/templates", templateBody(f))));
        t.put("GET " + e + "/templates/{templateId}", new Rule(SLOT_EDITORS, f -> Call.get(f.path() + "/templates/" + template(f))));
        t.put("PUT " + e + "/templates/{templateId}", new Rule(SLOT_EDITORS, f -> Call.put(f.path() + "/templates/" + template(f), templateBody(f))));
        t.put("DELETE " + e + "/templates/{templateId}", new Rule(SLOT_EDITORS, f -> Call.delete(f.path() + "/templates/" + template(f))));
        t.put("POST " + pro + "/weeks/{sunday}/apply-template", new Rule(SLOT_EDITORS, f -> Call.post(professionalPath(f.enterprise(),
                f.professional()) + "/weeks/2030-06-02/apply-template", Map.of("templateId", template(f), "nextWeeks", 1))));
        // appointments (issue 17): appointment.manage on the agenda (the staff user holds READ_WRITE; not the operator), agenda.view
        // to read; a hold is its holder's own (the local administrator's here, aged into its last seconds so that it may be extended)
        t.put("POST " + e + "/holds", new Rule(BOOKERS_AND_LCGA, f -> Call.post(f.path() + "/holds", holdBody(f))));
        t.put("POST " + e + "/holds/{holdId}/extension", new Rule(EnumSet.of(Who.LOCAL_ADMIN),
                f -> Call.post(f.path() + "/holds/" + hold(f, 280) + "/extension", null)));
        t.put("DELETE " + e + "/holds/{holdId}", new Rule(EnumSet.of(Who.LOCAL_ADMIN), f -> Call.delete(f.path() + "/holds/" + hold(f, 0))));
        t.put("POST " + e + "/appointments", new Rule(BOOKERS_AND_LCGA, f -> Call.post(f.path() + "/appointments", appointmentBody(f, null))));
        t.put("GET " + e + "/appointments", new Rule(EMPLOYEES_AND_LCGA, f -> Call.get(f.path() + "/appointments?lastName=Tremblay&from=2030-06-03")));
        t.put("GET " + e + "/appointments/{appointmentId}", new Rule(EMPLOYEES_AND_LCGA, f -> Call.get(f.path() + "/appointments/" + appointment(f))));
        t.put("PUT " + e + "/appointments/{appointmentId}", new Rule(BOOKERS_AND_LCGA, f -> Call.put(f.path() + "/appointments/" + appointment(f),
                appointmentBody(f, 0))));
        t.put("GET " + e + "/appointments/{appointmentId}/messages", new Rule(EMPLOYEES_AND_LCGA,
                f -> Call.get(f.path() + "/appointments/" + appointment(f) + "/messages")));
        t.put("POST " + e + "/appointments/{appointmentId}/cancellation", new Rule(BOOKERS_AND_LCGA,
                f -> Call.post(f.path() + "/appointments/" + appointment(f) + "/cancellation", Map.of("version", 0))));
        t.put("PUT " + e + "/appointments/{appointmentId}/attendance", new Rule(BOOKERS_AND_LCGA,
                f -> Call.put(f.path() + "/appointments/" + appointment(f) + "/attendance", Map.of("attendance", "PRESENT", "version", 0))));
        t.put("GET " + e + "/communications/emails", new Rule(EMPLOYEES_AND_LCGA, f -> Call.get(f.path() + "/communications/emails")));
        t.put("PUT " + e + "/communications/emails/{subject}/{language}", new Rule(MANAGERS,
                f -> Call.put(f.path() + "/communications/emails/CONFIRMATION/FR", Map.of("html", "<p>Merci.</p>"))));
        t.put("POST " + e + "/communications/preview", new Rule(MANAGERS,
                f -> Call.post(f.path() + "/communications/preview", Map.of("html", "<p>Essai</p>"))));
        t.put("PUT " + e + "/communications/messages/{messageType}/{scope}/{language}", new Rule(MANAGERS,
                f -> Call.put(f.path() + "/communications/messages/M-P6/ENTERPRISE/FR", Map.of("html", "<p>Appelez-nous.</p>"))));
        t.put("GET " + e + "/communications/messages/{messageType}", new Rule(EMPLOYEES_AND_LCGA,
                f -> Call.get(f.path() + "/communications/messages/M-P6")));
        t.put("GET " + e + "/audit", new Rule(MANAGERS, f -> Call.get(f.path() + "/audit")));
        t.put("GET " + e + "/work-groups", new Rule(EMPLOYEES_AND_LCGA, f -> Call.get(f.path() + "/work-groups")));
        t.put("POST " + e + "/work-groups", new Rule(MANAGERS, f -> Call.post(f.path() + "/work-groups",
                Map.of("members", List.of(f.professional()), "relayTeam1", List.of(), "relayTeam2", List.of()))));
        t.put("PUT " + e + "/work-groups/{groupId}", new Rule(MANAGERS, f -> Call.put(f.path() + "/work-groups/" + workGroup(f),
                Map.of("members", List.of(f.professional()), "relayTeam1", List.of(f.professional()), "relayTeam2", List.of()))));
        t.put("DELETE " + e + "/work-groups/{groupId}", new Rule(MANAGERS, f -> Call.delete(f.path() + "/work-groups/" + workGroup(f))));
        t.put("GET /api/clinic/reference-lists", new Rule(EnumSet.of(Who.OPERATOR, Who.LOCAL_ADMIN, Who.SUPER_USER, Who.PROFESSIONAL,
                Who.STAFF_USER, Who.LCGA, Who.OTHER_ENTERPRISE), f -> Call.get("/api/clinic/reference-lists")));
        t.put("POST /api/clinic/sessions", new Rule(EnumSet.of(Who.LOCAL_ADMIN, Who.SUPER_USER, Who.PROFESSIONAL, Who.STAFF_USER),
                f -> Call.post("/api/clinic/sessions", Map.of("enterpriseId", f.enterprise().id()))));
        // the caller's own session, opened first by send() in the caller's enterprise
        t.put("GET /api/clinic/sessions/current", new Rule(IN_A_SESSION, f -> Call.get("/api/clinic/sessions/current")));
        t.put("PUT /api/clinic/sessions/current", new Rule(IN_A_SESSION, f -> Call.put("/api/clinic/sessions/current",
                Map.of("mode", "APPOINTMENT_EDIT"))));
        t.put("DELETE /api/clinic/sessions/current", new Rule(IN_A_SESSION, f -> Call.delete("/api/clinic/sessions/current")));
        t.put("GET /api/clinic/preferences", new Rule(CLINIC_USERS, f -> Call.get("/api/clinic/preferences")));
        t.put("PUT /api/clinic/preferences", new Rule(CLINIC_USERS, f -> Call.put("/api/clinic/preferences",
                Map.of("timeFormat", "AM_PM", "gridMinutes", 30))));
        t.put("GET " + e + "/agendas", new Rule(EMPLOYEES_AND_LCGA, f -> Call.get(f.path() + "/agendas?page=0")));
        t.put("GET " + e + "/agendas/default", new Rule(EMPLOYEES_AND_LCGA, f -> Call.get(f.path() + "/agendas/default")));
        // the staff user holds READ_WRITE on the professional at location 1; the professional opens their own
        t.put("GET " + e + "/agendas/{locationId}/{professionalId}", new Rule(EMPLOYEES_AND_LCGA,
                f -> Call.get(f.path() + "/agendas/" + f.enterprise().location1() + "/" + f.professional())));
        // reports and agenda prints (report.produce, R232, R240): the staff user's row covers the professional at both locations
        t.put("POST " + e + "/reports", new Rule(REPORTERS, f -> Call.post(f.path() + "/reports", Map.of("from", "2030-06-02", "to",
                "2030-06-08", "status", "ACTIVE", "profession", "PHYSICIAN", "professionalId", "ALL", "locationId", "ALL"))));
        t.put("POST " + e + "/agenda-prints", new Rule(REPORTERS, f -> Call.post(f.path() + "/agenda-prints", Map.of("from", "2030-06-02",
                "to", "2030-06-08", "professionalId", f.professional(), "locationId", f.enterprise().location1()))));
        // a location's connected agenda software (R255): its local administrator (or RAMQ) links it (lcga.link.manage); it signs in
        // with no account (anyone may try: the body proves it), and only it reads or ends its own session
        String link = e + "/locations/{locationId}/lcga-link";
        t.put("POST " + link, new Rule(LA, f -> Call.post(f.path() + "/locations/" + f.enterprise().location1() + "/lcga-link", null)));
        t.put("GET " + link, new Rule(LA, f -> {
            lcgaCredentials(f);
            return Call.get(f.path() + "/locations/" + f.enterprise().location1() + "/lcga-link");
        }));
        t.put("DELETE " + link, new Rule(LA, f -> {
            lcgaCredentials(f);
            return Call.delete(f.path() + "/locations/" + f.enterprise().location1() + "/lcga-link");
        }));
        t.put("POST /api/clinic/lcga-sessions", new Rule(EVERYONE, f -> Call.post("/api/clinic/lcga-sessions", lcgaCredentials(f))));
        t.put("GET /api/clinic/lcga-sessions/current", new Rule(EnumSet.of(Who.LCGA), f -> Call.get("/api/clinic/lcga-sessions/current")));
        t.put("DELETE /api/clinic/lcga-sessions/current", new Rule(EnumSet.of(Who.LCGA),
                f -> Call.delete("/api/clinic/lcga-sessions/current")));
        return t;
    }

    @Test
    void everyClinicOperationIsInTheTable() {
        JsonNode paths = api.get(Api.admin(), "/v3/api-docs").body().get("paths");
        Set<String> served = new TreeSet<>();
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method ->
                served.add(method.toUpperCase() + " " + path.getKey())));
        served.removeIf(operation -> !operation.contains(" /api/clinic/") && !operation.contains(" /api/public/agenda-feeds/"));
        assertThat(served).isEqualTo(new TreeSet<>(table().keySet()));
    }

    /** An LCGA signs in with no account, and the contract says so (security: []): its body proves who it is (R255). */
    @Test
    void theContractOpensTheLcgaSignInToAnyone() {
        JsonNode operation = api.get(Api.admin(), "/v3/api-docs").body().get("paths").path("/api/clinic/lcga-sessions").path("post");
        assertThat(operation.path("security").isArray() && operation.path("security").isEmpty()).as(operation.toString()).isTrue();
    }

    /** The feed's secret address needs no login, and the contract says so (security: []): a calendar application cannot sign in. */
    @Test
    void theContractOpensAFeedsSecretAddressToAnyone() {
        JsonNode operation = api.get(Api.admin(), "/v3/api-docs").body().get("paths").path("/api/public/agenda-feeds/{token}.ics").path("get");
        assertThat(operation.path("security").isArray() && operation.path("security").isEmpty()).as(operation.toString()).isTrue();
    }

    @Test
    void everyClinicOperationAnswersEachProfileAsTheMatrixSaysAndNothingLeaksAcrossEnterprises() {
        Enterprise elsewhere = enterprise(false);
        Api.Login member = api.newMember().login();
        List<String> wrong = new ArrayList<>();
        table().forEach((operation, rule) -> {
            for (Who who : Who.values()) {
                Fixture fixture = fixture();
                Call call = rule.call().apply(fixture);
                Api.Login login = switch (who) {
                    case ANONYMOUS -> null;
                    case OPERATOR -> Api.admin();
                    case LOCAL_ADMIN -> fixture.enterprise().admin().login();
                    case SUPER_USER -> fixture.superUser().login();
                    case PROFESSIONAL -> fixture.doctor().login();
                    case STAFF_USER -> fixture.staff().login();
                    case LCGA -> lcga(fixture);
                    case OTHER_ENTERPRISE -> elsewhere.admin().login();
                    case MEMBER -> member;
                };
                long ownEnterprise = who == Who.OTHER_ENTERPRISE ? elsewhere.id() : fixture.enterprise().id();
                int status = send(call, login, ownEnterprise).status();
                boolean allowed = rule.allowed().contains(who);
                boolean ok = allowed ? status >= 200 && status < 300
                        : who == Who.ANONYMOUS ? status == 401
                        // another enterprise's administrator is told it does not exist; operator-only operations refuse every clinic user alike
                        : who == Who.OTHER_ENTERPRISE && !rule.allowed().equals(OPERATOR)
                                && (call.path().startsWith("/api/clinic/enterprises/") || call.path().equals("/api/clinic/sessions"))
                        ? status == 404
                        : status == 403;
                if (!ok) {
                    wrong.add(operation + " as " + who + ": got " + status + ", expected " + (allowed ? "2xx" : "a refusal"));
                }
            }
        });
        assertThat(wrong).isEmpty();
    }


    /**
     * No malformed value gets a 5xx, and every refusal is a problem naming a field: each clinic operation, by a caller allowed
     * to make it, with the {@link Fuzz} variants of its body, path and query parameters, and with another enterprise's ids.
     */
    @Test
    void noOperationAnswers5xxToMalformedValuesAndEveryRefusalNamesAField() {
        JsonNode paths = api.get(Api.admin(), "/v3/api-docs").body().get("paths");
        Fuzz.Report report = new Fuzz.Report((path, answer) -> false);
        table().forEach((operation, rule) -> {
            String[] methodAndPath = operation.split(" ", 2);
            JsonNode spec = paths.path(methodAndPath[1]).path(methodAndPath[0].toLowerCase());
            Fixture fixture = fixture();
            Call call = rule.call().apply(fixture);
            if (call.path().startsWith("/api/clinic/sessions/current")) {
                return; // the caller's own session: its path has no id, its body is walked by the session tests
            }
            Api.Login login = allowedLogin(rule, fixture);
            if (call.body() != null && Fuzz.readsJson(spec)) {
                for (Fuzz.Variant variant : Fuzz.bodies(call.body())) {
                    report.check(operation, call.path(), variant, api.raw(login, call.method(), call.path(), variant.value()));
                }
            }
            List<Fuzz.Variant> variants = new ArrayList<>(Fuzz.pathsAndQueries(methodAndPath[1], call.path(), spec));
            if (!login.equals(Api.admin())) {
                // the fixtures share their people, so another fixture's enterprise is also the caller's: only its other ids are foreign
                String own = call.path().split("/").length > 4 ? call.path().split("/")[4] : "";
                Fuzz.foreignIds(call.path(), rule.call().apply(fixture()).path()).stream()
                        .filter(variant -> variant.value().split("/").length <= 4 || variant.value().split("/")[4].equals(own))
                        .forEach(variants::add);
            }
            for (Fuzz.Variant variant : variants) {
                report.check(operation, call.path(), variant, send(new Call(call.method(), variant.value(), call.body()), login, fixture.enterprise().id()));
            }
        });
        assertThat(report.sent()).as("malformed requests sent").isGreaterThan(500);
        assertThat(report.wrong()).isEmpty();
    }

    /** The caller a walk makes an operation as: the enterprise's local administrator when they may, else the operator, else the professional. */
    static Api.Login allowedLogin(Rule rule, Fixture fixture) {
        return rule.allowed().contains(Who.LOCAL_ADMIN) ? fixture.enterprise().admin().login()
                : rule.allowed().contains(Who.OPERATOR) ? Api.admin() : fixture.doctor().login();
    }

    private Api.Response send(Call call, Api.Login login, long ownEnterprise) {
        if (call.path().startsWith("/api/clinic/sessions/current") && login != null) {
            var opened = api.post(login, "/api/clinic/sessions", Map.of("enterpriseId", ownEnterprise));
            if (opened.status() == 201) {
                login = Api.Login.bearer(opened.text("/token"));
            }
        }
        return switch (call.method()) {
            case "GET" -> api.get(login, call.path());
            case "DELETE" -> api.delete(login, call.path());
            case "PUT" -> api.put(login, call.path(), call.body());
            case "PATCH" -> api.patch(login, call.path(), call.body());
            default -> api.post(login, call.path(), call.body());
        };
    }
}
