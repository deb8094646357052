package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.vigie.support.Api;
import org.vigie.support.Traces;

/**
 * What the booking tests set up through the API (issue 17): a GMF enterprise whose physician works at its first location, offers
 * a 15-minute MF service and has a complete public slot on Wednesday 2027-02-10 from 9 h to 12 h (EST, UTC−5), a week after
 * the service's today; a second physician working at both locations with no slot; a colleague with READ_WRITE and a reader with
 * READ on the first physician's agenda.
 */
abstract class BookingTest extends ClinicTest {
    static final LocalDate TODAY = LocalDate.of(2027, 2, 3);
    static final String DAY = "2027-02-10";

    Enterprise enterprise;
    Person doctor;
    long professional;
    long service;
    long slot;
    Person roaming;
    long roamingProfessional;
    Person colleague;
    long colleagueEmployee;
    Person reader;

    @BeforeEach
    void aPhysicianWithASlot() {
        clock.today(TODAY);
        enterprise = enterprise(true);
        doctor = person("1");
        professional = hire(enterprise, doctor, enterprise.location1());
        var created = api.post(enterprise.admin().login(), professionalPath(enterprise, professional) + "/services",
                Map.of("appointmentType", "MF", "reason", "MINOR_EMERGENCY", "durationMinutes", 15));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        service = created.body().get("id").asLong();
        var opened = api.post(enterprise.admin().login(), professionalPath(enterprise, professional) + "/slots", Map.of("date", DAY,
                "startTime", "09:00", "endTime", "12:00", "locationId", enterprise.location1(), "serviceIds", List.of(service),
                "visibility", "PUBLIC"));
        assertThat(opened.status()).as(opened.raw()).isEqualTo(201);
        slot = opened.body().get("id").asLong();
        roaming = person("1");
        roamingProfessional = hire(enterprise, roaming, enterprise.location1(), enterprise.location2());
        colleague = person(null);
        colleagueEmployee = hire(enterprise, colleague, enterprise.location1());
        grant(colleagueEmployee, professional, "READ_WRITE");
        reader = person(null);
        grant(hire(enterprise, reader, enterprise.location1()), professional, "READ");
    }

    void grant(long employee, long professionalId, String access) {
        var granted = api.post(enterprise.admin().login(), employeePath(enterprise, employee) + "/permissions",
                Map.of("location", "ALL", "professionalId", professionalId, "access", access));
        assertThat(granted.status()).as(granted.raw()).isLessThan(300);
    }

    String appointments() {
        return enterprise.path() + "/appointments";
    }

    String holds() {
        return enterprise.path() + "/holds";
    }

    /** A booking of the first physician on the slot's day, a patient without NAM, reachable by e-mail. */
    Map<String, Object> booking(String time) {
        Map<String, Object> body = new HashMap<>(Map.of("professionalId", professional, "date", DAY, "time", time,
                "patient", patient(null, "2000-05-01"), "mobilePhone", "514-555-0142", "email", "julie@example.org",
                "channels", List.of("EMAIL"), "language", "FR"));
        return body;
    }

    static Map<String, Object> patient(String nam, String dateOfBirth) {
        Map<String, Object> patient = new HashMap<>(Map.of("firstName", "Julie", "lastName", "Tremblay", "sex", "F", "dateOfBirth", dateOfBirth));
        if (nam != null) {
            patient.put("nam", nam);
        }
        return patient;
    }

    Api.Response book(Api.Login who, Map<String, Object> body) {
        return api.post(who, appointments(), body);
    }

    Api.Response booked(Map<String, Object> body) {
        var booked = book(enterprise.admin().login(), body);
        assertThat(booked.status()).as(booked.raw()).isEqualTo(201);
        return booked;
    }

    Map<String, Object> hold(long professionalId, String date, String time, int minutes) {
        return new HashMap<>(Map.of("professionalId", professionalId, "date", date, "time", time, "durationMinutes", minutes));
    }

    long appointmentCount() {
        return count("clinic_appointment", "enterprise_id = ?", enterprise.id());
    }

    long holdCount() {
        return count("clinic_hold", "enterprise_id = ?", enterprise.id());
    }

    /** What a refusal must leave as it was: the appointments, holds, reference counter, outbox and audit (their checksums). */
    Traces.Snapshot snapshot() {
        Map<String, String> tables = new java.util.TreeMap<>(new Traces(jdbc).now().tables());
        tables.keySet().retainAll(List.of("clinic_appointment", "clinic_hold", "appointment_reference", "appointment_notice", "clinic_audit"));
        return new Traces.Snapshot(tables, Map.of());
    }

    /** A refusal: its status, the field it names and its words, and nothing written. */
    void refused(Api.Response answer, int status, String field, String message, Traces.Snapshot before) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(status);
        if (field != null) {
            assertThat(answer.text("/errors/0/field")).as(answer.raw()).isEqualTo(field);
        }
        if (message != null) {
            assertThat(answer.raw()).contains(message);
        }
        assertThat(Traces.changes(before, snapshot())).as("nothing written").isEmpty();
    }
}
