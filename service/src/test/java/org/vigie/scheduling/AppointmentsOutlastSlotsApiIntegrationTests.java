package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An appointment stores its professional, location, start and duration and no link to a slot (R117): deleting a slot, quick
 * creating or clearing a week never writes one, and the agenda still shows it. Appointment rows are inserted directly until
 * the appointments issue books them. Also R81: a professional with no service has incomplete slots only.
 */
class AppointmentsOutlastSlotsApiIntegrationTests extends ClinicTest {
    /** A Wednesday: the week of Sunday 2026-03-08 is ahead. */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 4);

    Enterprise enterprise;
    Person doctor;
    long professional;
    String pro;

    @BeforeEach
    void aProfessional() {
        clock.today(TODAY);
        enterprise = enterprise(false);
        doctor = person("1");
        professional = hire(enterprise, doctor, enterprise.location1());
        pro = professionalPath(enterprise, professional);
    }

    long service() {
        var created = api.post(enterprise.admin().login(), pro + "/services", Map.of("appointmentType", "MF", "reason", "MINOR_EMERGENCY",
                "durationMinutes", 15));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    long slot(String date, String start, String end, Long service) {
        Map<String, Object> body = new HashMap<>(Map.of("date", date, "startTime", start, "endTime", end));
        if (service != null) {
            body.putAll(Map.of("locationId", enterprise.location1(), "serviceIds", List.of(service), "visibility", "PUBLIC"));
        }
        var created = api.post(enterprise.admin().login(), pro + "/slots", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    /** 10:00 local on 2026-03-10 (EDT, UTC−4 since the 8th), 15 minutes. */
    void appointment(Long service) {
        jdbc.sql("INSERT INTO clinic_appointment (enterprise_id, location_id, professional_id, service_id, local_date, local_start,"
                + " duration_minutes, starts_at, ends_at, created_at) VALUES (?, ?, ?, ?, '2026-03-10', '10:00', 15,"
                + " '2026-03-10 14:00:00', '2026-03-10 14:15:00', '2026-03-01 10:00:00')")
                .params(enterprise.id(), enterprise.location1(), professional, service).update();
    }

    String appointments() {
        return jdbc.sql("SELECT CONCAT_WS('|', id, location_id, service_id, local_date, local_start, duration_minutes, starts_at, ends_at,"
                + " status) FROM clinic_appointment WHERE professional_id = ?").param(professional).query(String.class).list().toString();
    }

    List<String> agendaAppointments() {
        var agenda = api.get(enterprise.admin().login(), pro + "/agenda?from=2026-03-08&to=2026-03-14");
        assertThat(agenda.status()).as(agenda.raw()).isEqualTo(200);
        return agenda.body().get("appointments").findValuesAsText("startTime");
    }

    @Test
    void R117_aSlotHoldingAnAppointmentIsDeletedAndTheAppointmentStaysInTheAgenda() {
        long service = service();
        long slot = slot("2026-03-10", "09:00", "12:00", service);
        appointment(service);
        String before = appointments();
        var deleted = api.delete(enterprise.admin().login(), pro + "/slots/" + slot);
        assertThat(deleted.status()).as(deleted.raw()).isEqualTo(204);
        assertThat(count("availability_slot", "id = ?", slot)).isZero();
        assertThat(appointments()).as("the appointment keeps every field, active").isEqualTo(before).contains("ACTIVE");
        assertThat(agendaAppointments()).as("shown out of slot").containsExactly("10:00");
    }

    @Test
    void R125_aQuickCreateLeavesTheWeeksAppointmentsAsTheyWere() {
        appointment(null);
        String before = appointments();
        var created = api.post(doctor.login(), pro + "/weeks/2026-03-08/quick-create", Map.of("days", List.of(
                Map.of("date", "2026-03-10", "ranges", List.of(Map.of("startTime", "09:00", "endTime", "12:00"))))));
        assertThat(created.status()).as("an appointment is no slot: the week is empty " + created.raw()).isEqualTo(201);
        assertThat(appointments()).isEqualTo(before);
        assertThat(agendaAppointments()).containsExactly("10:00");
    }

    @Test
    void R138_aClearedWeeksAppointmentsKeepAllTheirDataAndStayActive() {
        long service = service();
        slot("2026-03-10", "09:00", "12:00", service);
        slot("2026-03-11", "09:00", "12:00", null);
        appointment(service);
        String before = appointments();
        var cleared = api.post(doctor.login(), pro + "/weeks/2026-03-08/clear?confirmed=true", null);
        assertThat(cleared.status()).as(cleared.raw()).isEqualTo(200);
        assertThat(cleared.body().get("count").asInt()).isEqualTo(2);
        assertThat(appointments()).isEqualTo(before).contains("ACTIVE");
        assertThat(agendaAppointments()).containsExactly("10:00");
    }

    @Test
    void R81_aProfessionalWithNoServiceHasIncompleteSlotsOnly() {
        long incomplete = slot("2026-03-10", "09:00", "12:00", null);
        var agenda = api.get(enterprise.admin().login(), pro + "/agenda?from=2026-03-08&to=2026-03-14");
        assertThat(agenda.body().get("slots").get(0).get("complete").asBoolean()).isFalse();
        assertThat(agenda.body().get("slots").get(0).get("label").asText()).isEqualTo("Plage incomplète");
        var completing = api.put(enterprise.admin().login(), pro + "/slots/" + incomplete, Map.of("date", "2026-03-10", "startTime", "09:00",
                "endTime", "12:00", "locationId", enterprise.location1(), "visibility", "PUBLIC", "serviceIds", List.of()));
        assertThat(completing.status()).as(completing.raw()).isEqualTo(400);
        assertThat(completing.text("/errors/0/field")).isEqualTo("serviceIds");
        assertThat(count("availability_slot", "id = ? AND location_id IS NULL", incomplete)).as("still incomplete").isEqualTo(1);
    }
}
