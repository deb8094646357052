package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.vigie.scheduling.people.EmployeeDeleted;
import org.vigie.scheduling.people.EmployeeDeparted;
import org.vigie.support.Api;

/**
 * What becomes of an employee record (R45, R46, R49): a deleted record stays as it was deleted, with its history; the same
 * person added again gets a fresh record, with none of the old one's profiles, permissions, work groups, services or
 * options; and the events the other parts of scheduling follow.
 */
class EmployeeRecordLifeApiIntegrationTests extends ClinicTest {
    @Autowired
    ApplicationEventMulticaster multicaster;

    /** The events of this type the service published while the calls ran. */
    <T> List<T> published(Class<T> type, Runnable calls) {
        List<T> events = new CopyOnWriteArrayList<>();
        ApplicationListener<ApplicationEvent> listener = event -> {
            if (event instanceof PayloadApplicationEvent<?> payload && type.isInstance(payload.getPayload())) {
                events.add(type.cast(payload.getPayload()));
            }
        };
        multicaster.addApplicationListener(listener);
        try {
            calls.run();
        } finally {
            multicaster.removeApplicationListener(listener);
        }
        return events;
    }

    static boolean absent(JsonNode record, String field) {
        return record.path(field).isMissingNode() || record.path(field).isNull();
    }

    static List<Long> ids(JsonNode professionals) {
        return professionals.findValues("id").stream().map(JsonNode::asLong).toList();
    }

    @Test
    void R36_R46_aDeletedEmployeeAddedAgainGetsAFreshRecordWithNoneOfTheOldProfilesPermissionsWorkGroupsServicesOrOptions() {
        Enterprise gmf = enterprise(true);
        Person doctor = person("1");
        long old = hire(gmf, doctor, gmf.location1(), gmf.location2());
        long colleague = hire(gmf, person("1"), gmf.location1(), gmf.location2());
        long staff = hire(gmf, person(null), gmf.location1());
        var login = gmf.admin().login();
        assertThat(api.put(login, employeePath(gmf, old), Map.of("startDate", "2025-09-02", "title", "Médecin de famille",
                "email", "marc-" + unique() + "@clinique.example", "workLocations", List.of(gmf.location1(), gmf.location2()))).status())
                .isEqualTo(200);
        assertThat(api.post(login, professionalPath(gmf, old) + "/services", Map.of("appointmentType", "GMF", "reason", "MINOR_EMERGENCY",
                "durationMinutes", 15)).status()).isEqualTo(201);
        assertThat(api.put(login, professionalPath(gmf, old) + "/options", Map.of("bookingHorizonEnabled", true,
                "bookingHorizonMaxWeeks", 4)).status()).isEqualTo(200);
        assertThat(api.post(login, employeePath(gmf, staff) + "/permissions", Map.of("location", "ALL", "professionalId", old,
                "access", "READ_WRITE")).status()).isEqualTo(201);
        assertThat(api.post(login, employeePath(gmf, old) + "/permissions", Map.of("location", "ALL", "professionalId", colleague,
                "access", "READ")).status()).isEqualTo(201);
        assertThat(api.post(login, gmf.path() + "/work-groups", Map.of("members", List.of(old, colleague), "relayTeam1", List.of(old),
                "relayTeam2", List.of())).status()).isEqualTo(201);
        assertThat(api.put(login, employeePath(gmf, old) + "/super-user", Map.of("superUser", true)).status()).isEqualTo(200);
        assertThat(api.delete(login, employeePath(gmf, old)).status()).isEqualTo(200);

        var again = api.post(login, gmf.path() + "/employees", Map.of("identifier", doctor.practiceNumber(),
                "workLocations", List.of(gmf.location2())));
        assertThat(again.status()).as(again.raw()).isEqualTo(201);
        long fresh = again.body().get("id").asLong();
        assertThat(fresh).as("a fresh record").isNotEqualTo(old);
        assertThat(again.body().get("superUser").asBoolean()).isFalse();
        assertThat(again.body().get("localAdmin").asBoolean()).isFalse();
        assertThat(absent(again.body(), "title")).isTrue();
        assertThat(absent(again.body(), "email")).isTrue();
        assertThat(again.text("/startDate")).isEqualTo(EnterpriseAndEmployeeRulesApiIntegrationTests.today().toString());
        assertThat(again.body().get("workLocations")).extracting(JsonNode::asLong).containsExactly(gmf.location2());
        assertThat(api.get(login, professionalPath(gmf, fresh) + "/services").body()).as("no service").isEmpty();
        assertThat(api.get(login, professionalPath(gmf, fresh) + "/options").body().get("bookingHorizonEnabled").asBoolean()).isFalse();
        assertThat(api.get(login, employeePath(gmf, fresh) + "/permissions").body()).as("no row of their own").isEmpty();
        assertThat(count("clinic_agenda_permission", "professional_id = ?", fresh)).as("no row on their agenda").isZero();
        var groups = api.get(login, gmf.path() + "/work-groups").body();
        assertThat(ids(groups.get("groups").get(0).get("members"))).containsExactly(colleague);
        assertThat(ids(groups.get("groups").get(0).get("relayTeam1"))).isEmpty();
        assertThat(ids(groups.get("withoutGroup"))).contains(fresh);
        assertThat(api.get(doctor.login(), "/api/clinic/enterprises").status()).as("active again").isEqualTo(200);

        var history = api.get(login, employeePath(gmf, old));
        assertThat(history.text("/title")).as("the deleted record, as it was").isEqualTo("Médecin de famille");
        assertThat(absent(history.body(), "deletedAt")).isFalse();
        assertThat(api.get(login, gmf.path() + "/employees?includeDeleted=true").body().get("items")).extracting(e -> e.get("id").asLong())
                .contains(old, fresh);
        assertThat(api.get(login, gmf.path() + "/employees").body().get("items")).extracting(e -> e.get("id").asLong())
                .contains(fresh).doesNotContain(old);
        assertThat(count("clinic_audit", "target = ? AND action = 'employee.add'", "employee:" + fresh)).isEqualTo(1);

        var twice = api.post(login, gmf.path() + "/employees", Map.of("identifier", doctor.ramqId(), "workLocations", List.of(gmf.location1())));
        assertThat(twice.status()).as("R36: the fresh record exists").isEqualTo(409);
        assertThat(twice.text("/detail")).isEqualTo(EnterpriseAndEmployeeRulesApiIntegrationTests.M10);
        assertThat(count("clinic_employee", "enterprise_id = ? AND person_id = ?", gmf.id(), doctor.id())).isEqualTo(2);
    }

    @Test
    void R46_R49_aDeletedRecordStaysAsItWasDeletedAndIsNotChanged() {
        Enterprise enterprise = enterprise(false);
        long employee = hire(enterprise, person("1"), enterprise.location1());
        api.delete(enterprise.admin().login(), employeePath(enterprise, employee));
        var changed = api.put(enterprise.admin().login(), employeePath(enterprise, employee), Map.of("startDate", "2025-01-06",
                "title", "Médecin", "workLocations", List.of(enterprise.location2())));
        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.text("/detail")).startsWith("Cet employé est supprimé");
        var kept = api.get(enterprise.admin().login(), employeePath(enterprise, employee));
        assertThat(absent(kept.body(), "title")).isTrue();
        assertThat(kept.body().get("workLocations")).extracting(JsonNode::asLong).containsExactly(enterprise.location1());
        assertThat(count("clinic_audit", "target = ? AND action = 'employee.edit'", "employee:" + employee)).isZero();
    }

    @Test
    void R46_A12_ramqNamingLocalAdministratorSomeoneWhoseRecordWasDeletedOpensAFreshRecord() {
        Enterprise enterprise = enterprise(false);
        Person person = person(null);
        long old = hire(enterprise, person, enterprise.location1());
        api.delete(enterprise.admin().login(), employeePath(enterprise, old));
        var named = api.post(Api.admin(), enterprise.path() + "/local-admins", Map.of("ramqId", person.ramqId()));
        assertThat(named.status()).as(named.raw()).isEqualTo(200);
        List<Long> admins = named.body().get("localAdmins").findValues("employeeId").stream().map(JsonNode::asLong).toList();
        assertThat(admins).hasSize(2).doesNotContain(old);
        long fresh = admins.stream().filter(id -> id != enterprise.adminEmployee()).findFirst().orElseThrow();
        assertThat(api.get(person.login(), employeePath(enterprise, fresh)).body().get("workLocations")).extracting(JsonNode::asLong)
                .as("every location, as for any local administrator named with none").containsExactly(enterprise.location1(), enterprise.location2());
        assertThat(api.get(enterprise.admin().login(), employeePath(enterprise, old)).body().get("localAdmin").asBoolean()).isFalse();
    }

    @Test
    void R10_R45_settingOrChangingADepartureDatePublishesEmployeeDepartedAndNothingElseDoes() {
        Enterprise enterprise = enterprise(false);
        var login = enterprise.admin().login();
        long employee = hire(enterprise, person("1"), enterprise.location1());
        String path = employeePath(enterprise, employee);
        var today = EnterpriseAndEmployeeRulesApiIntegrationTests.today();
        Map<String, Object> leaving = Map.of("startDate", today.toString(), "departureDate", today.plusDays(30).toString(),
                "workLocations", List.of(enterprise.location1()));

        assertThat(published(EmployeeDeparted.class, () -> api.put(login, path, leaving)))
                .containsExactly(new EmployeeDeparted(enterprise.id(), employee, today.plusDays(30)));
        assertThat(published(EmployeeDeparted.class, () -> api.put(login, path, Map.of("startDate", today.toString(), "title", "Médecin",
                "departureDate", today.plusDays(30).toString(), "workLocations", List.of(enterprise.location1())))))
                .as("the same date again").isEmpty();
        assertThat(published(EmployeeDeparted.class, () -> api.put(login, path, Map.of("startDate", today.toString(),
                "departureDate", today.plusDays(60).toString(), "workLocations", List.of(enterprise.location1())))))
                .containsExactly(new EmployeeDeparted(enterprise.id(), employee, today.plusDays(60)));
        assertThat(published(EmployeeDeparted.class, () -> api.put(login, path, Map.of("startDate", today.toString(),
                "workLocations", List.of(enterprise.location1()))))).as("cleared: nothing stops").isEmpty();

        Person leavingSoon = person(null);
        List<EmployeeDeparted> added = published(EmployeeDeparted.class, () -> assertThat(api.post(login, enterprise.path() + "/employees",
                Map.of("identifier", leavingSoon.ramqId(), "departureDate", today.plusDays(7).toString(),
                        "workLocations", List.of(enterprise.location2()))).status()).isEqualTo(201));
        assertThat(added).singleElement().satisfies(e -> assertThat(e.departureDate()).isEqualTo(today.plusDays(7)));
        assertThat(published(EmployeeDeparted.class, () -> hire(enterprise, person(null), enterprise.location1()))).isEmpty();
    }

    @Test
    void R46_deletingAnEmployeePublishesEmployeeDeletedOnceAndARefusedDeletionNothing() {
        Enterprise enterprise = enterprise(false);
        long employee = hire(enterprise, person("1"), enterprise.location1());
        assertThat(published(EmployeeDeleted.class, () -> api.delete(enterprise.admin().login(), employeePath(enterprise, employee))))
                .containsExactly(new EmployeeDeleted(enterprise.id(), employee));
        assertThat(published(EmployeeDeleted.class, () -> assertThat(api.delete(enterprise.admin().login(), employeePath(enterprise, employee))
                .status()).isEqualTo(409))).as("already deleted").isEmpty();
    }
}
