package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.vigie.support.Api;
import org.vigie.support.ApiTest;
import org.vigie.support.RamqNumbers;

/**
 * What the clinic tests set up through the API as RAMQ would: people registered with RAMQ's online
 * services, an enterprise with two locations and its local administrator, employees.
 */
abstract class ClinicTest extends ApiTest {

    /** A person RAMQ knows: their RAMQ identifier, practice number (null for staff) and sign-in. */
    record Person(long id, String ramqId, String practiceNumber, String pseudonym, Api.Login login) {
    }

    /** An enterprise with two locations and its first local administrator. */
    record Enterprise(long id, long location1, long location2, Person admin, long adminEmployee) {
        String path() {
            return "/api/clinic/enterprises/" + id;
        }
    }

    static int unique() {
        return RamqNumbers.next();
    }

    Person person(String practicePrefix) {
        int n = unique();
        String ramqId = (practicePrefix == null ? "CE" : "IP") + String.format("%06d", n);
        String practice = practicePrefix == null ? null : practicePrefix + String.format("%06d", n).substring(practicePrefix.length());
        Map<String, Object> body = new HashMap<>(Map.of("ramqId", ramqId, "firstName", "Prénom" + n, "lastName", "Nom" + n,
                "onlineServices", true, "password", Api.PASSWORD, "pseudonym", "p" + n + "@example.org"));
        if (practice != null) {
            body.put("practiceNumber", practice);
        }
        var created = api.post(Api.admin(), "/api/clinic/ramq-persons", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return new Person(created.body().get("id").asLong(), ramqId, practice, "p" + n + "@example.org", new Api.Login(ramqId, Api.PASSWORD));
    }

    static Map<String, Object> location(String name) {
        Map<String, Object> location = new HashMap<>(Map.of("name", name, "civicNumber", "1000", "street", "rue Sherbrooke Est",
                "city", "Montréal", "province", "QC", "postalCode", "H2L 1L3", "phone", "514-555-0100"));
        location.put("machineId", "LCGA-" + unique());
        return location;
    }

    Enterprise enterprise(boolean gmf) {
        return enterprise(gmf, person(null));
    }

    /** An enterprise whose first local administrator is the given person (one person may administer several). */
    Enterprise enterprise(boolean gmf, Person admin) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Clinique " + unique(), "gmf", gmf,
                "locations", List.of(location("Clinique du Plateau"), location("Point de service Rosemont")),
                "localAdmins", List.of(admin.ramqId())));
        if (gmf) {
            body.put("gmfNumber", "GMF-" + unique());
        }
        var created = api.post(Api.admin(), "/api/clinic/enterprises", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        return new Enterprise(id, created.body().get("locations").get(0).get("id").asLong(),
                created.body().get("locations").get(1).get("id").asLong(), admin,
                created.body().get("localAdmins").get(0).get("employeeId").asLong());
    }

    /** Adds the person as an employee (a user) working at the given locations; returns the employee's id. */
    long hire(Enterprise enterprise, Person person, Long... locations) {
        var added = api.post(enterprise.admin().login(), enterprise.path() + "/employees",
                Map.of("identifier", person.ramqId(), "workLocations", List.of(locations)));
        assertThat(added.status()).as(added.raw()).isEqualTo(201);
        return added.body().get("id").asLong();
    }

    long superUser(Enterprise enterprise, Person person) {
        long employee = hire(enterprise, person, enterprise.location1(), enterprise.location2());
        assertThat(api.put(enterprise.admin().login(), enterprise.path() + "/employees/" + employee + "/super-user",
                Map.of("superUser", true)).status()).isEqualTo(200);
        return employee;
    }

    String employeePath(Enterprise enterprise, long employee) {
        return enterprise.path() + "/employees/" + employee;
    }

    String professionalPath(Enterprise enterprise, long professional) {
        return enterprise.path() + "/professionals/" + professional;
    }
}
