package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whose agendas a caller reads and where (R9, R11, §3.5 notes 1, 4, 5): the agenda after sign-in, the « all professionals »
 * view of a date, and a permission row that opens one location's agenda only; appointments inserted as the booking issue will.
 */
class AgendaViewsApiIntegrationTests extends ClinicTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    Enterprise enterprise;
    Person doctor;
    long professional;
    long service;

    @BeforeEach
    void aProfessionalAtBothLocations() {
        clock.today(TODAY);
        enterprise = enterprise(false);
        doctor = person("1");
        professional = hire(enterprise, doctor, enterprise.location1(), enterprise.location2());
        service = api.post(enterprise.admin().login(), professionalPath(enterprise, professional) + "/services",
                Map.of("appointmentType", "MF", "reason", "MINOR_EMERGENCY", "durationMinutes", 15)).body().get("id").asLong();
    }

    long slot(long professionalId, long serviceId, long location, String date) {
        var created = api.post(enterprise.admin().login(), professionalPath(enterprise, professionalId) + "/slots", Map.of("date", date,
                "startTime", "09:00", "endTime", "12:00", "locationId", location, "serviceIds", List.of(serviceId), "visibility", "PUBLIC"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    void appointment(long location, String date, String start, String status) {
        Instant startsAt = Weeks.instant(LocalDate.parse(date), LocalTime.parse(start), clock.getZone());
        jdbc.sql("INSERT INTO clinic_appointment (enterprise_id, location_id, professional_id, service_id, local_date, local_start,"
                        + " duration_minutes, starts_at, ends_at, status, created_at) VALUES (?, ?, ?, ?, ?, ?, 15, ?, ?, ?, ?)")
                .params(enterprise.id(), location, professional, service, LocalDate.parse(date), LocalTime.parse(start), Timestamp.from(startsAt),
                        Timestamp.from(startsAt.plusSeconds(900)), status, Timestamp.from(clock.instant()))
                .update();
    }

    static List<Long> ids(JsonNode slots) {
        List<Long> ids = new ArrayList<>();
        slots.forEach(slot -> ids.add(slot.get("id").asLong()));
        return ids;
    }

    long staffWithRow(Person staff, long location, String access) {
        long employee = hire(enterprise, staff, enterprise.location1(), enterprise.location2());
        var granted = api.post(enterprise.admin().login(), employeePath(enterprise, employee) + "/permissions",
                Map.of("location", location, "professionalId", professional, "access", access));
        assertThat(granted.status()).as(granted.raw()).isEqualTo(201);
        return employee;
    }

    @Test
    void R94_aRowAtOneLocationShowsTheProfessionalsSlotsAndAppointmentsThereOnly() {
        long plateau = slot(professional, service, enterprise.location1(), "2026-03-03");
        slot(professional, service, enterprise.location2(), "2026-03-04");
        appointment(enterprise.location1(), "2026-03-03", "09:15", "ACTIVE");
        appointment(enterprise.location1(), "2026-03-03", "09:30", "CANCELLED");
        appointment(enterprise.location2(), "2026-03-04", "09:00", "ACTIVE");
        Person staff = person(null);
        staffWithRow(staff, enterprise.location1(), "READ");
        String agenda = professionalPath(enterprise, professional) + "/agenda?from=2026-03-01&to=2026-03-07";

        var all = api.get(enterprise.admin().login(), agenda);
        assertThat(all.body().get("slots")).hasSize(2);
        assertThat(all.body().get("appointments").findValuesAsText("startTime")).as("the active ones").containsExactly("09:15", "09:00");
        var read = api.get(staff.login(), agenda);
        assertThat(read.status()).as(read.raw()).isEqualTo(200);
        assertThat(ids(read.body().get("slots"))).containsExactly(plateau);
        assertThat(read.body().get("appointments")).hasSize(1);
        assertThat(read.body().at("/appointments/0/locationId").asLong()).isEqualTo(enterprise.location1());
        assertThat(read.body().at("/appointments/0/startsAt").asText()).isEqualTo("2026-03-03T14:15:00Z");
        assertThat(read.body().at("/appointments/0/durationMinutes").asInt()).isEqualTo(15);
        assertThat(api.get(staff.login(), agenda + "&locationId=" + enterprise.location1()).body().get("slots")).hasSize(1);
        var elsewhere = api.get(staff.login(), agenda + "&locationId=" + enterprise.location2());
        assertThat(elsewhere.status()).as("§3.5 note 1: a row at L1 does not open L2").isEqualTo(403);

        Person colleague = person("1");
        hire(enterprise, colleague, enterprise.location1());
        assertThat(api.get(colleague.login(), agenda).status()).as("§3.5 note 4: no row, no agenda").isEqualTo(403);
        Enterprise other = enterprise(false);
        assertThat(api.get(other.admin().login(), agenda).status()).as("another enterprise's does not exist").isEqualTo(404);
        assertThat(api.get(enterprise.admin().login(), "/api/clinic/enterprises/" + other.id() + "/professionals/" + professional
                + "/agenda?from=2026-03-01&to=2026-03-07").status()).isEqualTo(404);
    }

    @Test
    void R9_aProfessionalOpensOnTheirOwnAgendaAndAnyoneElseOnNone() {
        long thisWeek = slot(professional, service, enterprise.location1(), "2026-03-05");
        slot(professional, service, enterprise.location2(), "2026-03-10");
        var own = api.get(doctor.login(), enterprise.path() + "/agenda/default");
        assertThat(own.status()).as(own.raw()).isEqualTo(200);
        assertThat(own.body().get("professionalId").asLong()).isEqualTo(professional);
        assertThat(own.text("/agenda/from") + ".." + own.text("/agenda/to")).as("this Sunday-to-Saturday week").isEqualTo("2026-03-01..2026-03-07");
        assertThat(ids(own.body().at("/agenda/slots"))).containsExactly(thisWeek);
        var next = api.get(doctor.login(), enterprise.path() + "/agenda/default?from=2026-03-08");
        assertThat(next.body().at("/agenda/slots")).hasSize(1);
        assertThat(next.text("/agenda/to")).isEqualTo("2026-03-14");

        var staff = api.get(enterprise.admin().login(), enterprise.path() + "/agenda/default");
        assertThat(staff.status()).as(staff.raw()).isEqualTo(200);
        assertThat(staff.body().get("professionalId").isNull()).isTrue();
        assertThat(staff.body().get("agenda").isNull()).as("an empty agenda until they choose").isTrue();
        assertThat(api.get(enterprise.admin().login(), enterprise.path() + "/agenda/default?from=2026-03-01&to=2026-06-01")
                .text("/errors/0/field")).isEqualTo("to");
    }

    @Test
    void R11_theDayViewShowsEveryProfessionalTheCallerMayViewBySixInNameOrder() {
        slot(professional, service, enterprise.location1(), "2026-03-03");
        slot(professional, service, enterprise.location2(), "2026-03-03");
        slot(professional, service, enterprise.location1(), "2026-03-04");
        List<Long> others = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            others.add(hire(enterprise, person("1"), enterprise.location1()));
        }
        String day = enterprise.path() + "/agendas/day?date=2026-03-03";
        var first = api.get(enterprise.admin().login(), day);
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(first.body().get("totalItems").asInt()).isEqualTo(7);
        assertThat(first.body().get("pageSize").asInt()).isEqualTo(6);
        assertThat(first.body().get("totalPages").asInt()).isEqualTo(2);
        assertThat(first.body().get("items")).hasSize(6);
        var second = api.get(enterprise.admin().login(), day + "&page=1");
        assertThat(second.body().get("items")).hasSize(1);
        List<JsonNode> items = new ArrayList<>();
        first.body().get("items").forEach(items::add);
        second.body().get("items").forEach(items::add);
        List<String> names = items.stream().map(i -> i.get("lastName").asText() + " " + i.get("firstName").asText()).toList();
        assertThat(names).as("by last name, first name").isSorted();
        JsonNode mine = items.stream().filter(i -> i.get("professionalId").asLong() == professional).findFirst().orElseThrow();
        assertThat(mine.at("/agenda/slots")).as("that date only, at both locations").hasSize(2);

        Person staff = person(null);
        staffWithRow(staff, enterprise.location1(), "READ");
        var rows = api.get(staff.login(), day);
        assertThat(rows.body().get("totalItems").asInt()).as("§3.5 note 5: only their rows' professionals").isEqualTo(1);
        assertThat(rows.body().at("/items/0/locationIds/0").asLong()).isEqualTo(enterprise.location1());
        assertThat(rows.body().at("/items/0/locationIds")).hasSize(1);
        assertThat(rows.body().at("/items/0/agenda/slots")).as("the row's location only").hasSize(1);
        var self = api.get(doctor.login(), day);
        assertThat(self.body().get("totalItems").asInt()).as("a professional without rows: themself").isEqualTo(1);
        assertThat(self.body().at("/items/0/professionalId").asLong()).isEqualTo(professional);
        assertThat(api.get(enterprise.admin().login(), enterprise.path() + "/agendas/day").text("/errors/0/field")).isEqualTo("date");
        assertThat(api.get(enterprise.admin().login(), day + "&page=-1").text("/errors/0/field")).isEqualTo("page");
    }
}
