package org.vigie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vigie.support.Api;

/**
 * The README's run command uses the embedded H2 database (MySQL mode): the same migrations and
 * the same API must work there, with no server installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:vigie-embedded;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE",
        "spring.datasource.username=sa", "spring.datasource.password="})
class EmbeddedDatabaseTests {
    static {
        org.vigie.support.TestRules.workspace();
    }

    @LocalServerPort
    int port;

    @Test
    void aMemberDeclaresAndReadsTheDashboardOnTheEmbeddedDatabase() {
        Api api = new Api(port);
        var member = api.newMember();
        var declared = api.post(member.login(), "/api/members/" + member.id() + "/declarations",
                Api.declaration("structured", "course", 1));
        assertThat(declared.status()).as(declared.raw()).isEqualTo(201);
        assertThat(declared.number("/dashboard/remainingHours/structured/hours")).isEqualTo(14);

        var draft = api.post(member.login(), "/api/members/" + member.id() + "/exemptions", java.util.Map.of("regulator", "otpq",
                "cycleId", "2022-2025", "motive", "illness", "motiveStart", "2023-01-01", "motiveEnd", "2023-02-01"));
        long id = draft.body().get("id").asLong();
        var uploaded = api.upload(member.login(), "/api/exemptions/" + id + "/documents", "c.pdf", "application/pdf",
                "%PDF-1.4\n%%EOF".getBytes());
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(201);
    }

    /** Clinic scheduling's SQL on H2 too: a slot, a colleague's hold warned, a booking with its messages, a report, a cancellation. */
    @Test
    void aClinicHoldsBooksReportsAndCancelsOnTheEmbeddedDatabase() {
        Api api = new Api(port);
        var admin = person(api, "CE900001", null);
        var doctor = person(api, "IP900002", "190002");
        var enterprise = api.post(Api.admin(), "/api/clinic/enterprises", Map.of("name", "Clinique du Plateau", "gmf", false,
                "localAdmins", List.of(admin.username()), "locations", List.of(Map.of("name", "Plateau", "civicNumber", "1000",
                        "street", "rue Sherbrooke Est", "city", "Montréal", "province", "QC", "postalCode", "H2L 1L3", "phone", "514-555-0100"))));
        assertThat(enterprise.status()).as(enterprise.raw()).isEqualTo(201);
        String e = "/api/clinic/enterprises/" + enterprise.body().get("id").asLong();
        long location = enterprise.body().at("/locations/0/id").asLong();
        long professional = api.post(admin, e + "/employees", Map.of("identifier", "190002", "workLocations", List.of(location)))
                .body().get("id").asLong();
        String p = e + "/professionals/" + professional;
        long service = api.post(admin, p + "/services", Map.of("appointmentType", "GEN", "reason", "MINOR_EMERGENCY", "durationMinutes", 15))
                .body().get("id").asLong();
        var slot = api.post(admin, p + "/slots", Map.of("date", "2030-06-03", "startTime", "09:00", "endTime", "12:00",
                "locationId", location, "serviceIds", List.of(service), "visibility", "PUBLIC"));
        assertThat(slot.status()).as(slot.raw()).isEqualTo(201);
        Map<String, Object> period = Map.of("professionalId", professional, "date", "2030-06-03", "time", "09:00", "durationMinutes", 15);
        var held = api.post(doctor, e + "/holds", period);
        assertThat(held.status()).as(held.raw()).isEqualTo(201);
        var warned = api.post(admin, e + "/holds", period);
        assertThat(warned.text("/warnings/0/code")).as(warned.raw()).isEqualTo("M16");
        var booked = api.post(admin, e + "/appointments", Map.of("holdId", warned.body().get("id").asLong(), "professionalId", professional,
                "date", "2030-06-03", "time", "09:00", "patient", Map.of("firstName", "Sophie", "lastName", "Lavoie", "sex", "F",
                        "dateOfBirth", "1985-03-15"), "mobilePhone", "514-555-0142", "email", "sophie@example.org", "channels", List.of("EMAIL", "SMS")));
        assertThat(booked.status()).as(booked.raw()).isEqualTo(201);
        String a = e + "/appointments/" + booked.body().get("id").asLong();
        assertThat(api.get(admin, a + "/messages").body()).hasSize(6);
        var report = api.post(admin, e + "/reports", Map.of("from", "2030-06-03", "to", "2030-06-03", "status", "ACTIVE",
                "profession", "PHYSICIAN", "professionalId", "ALL", "locationId", "ALL"));
        assertThat(report.body().get("count").asInt()).as(report.raw()).isEqualTo(1);
        var cancelled = api.post(admin, a + "/cancellation", Map.of("version", 0));
        assertThat(cancelled.text("/status")).as(cancelled.raw()).isEqualTo("CANCELLED");
    }

    private static Api.Login person(Api api, String ramqId, String practiceNumber) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("ramqId", ramqId, "firstName", "Marc", "lastName", "Gagnon",
                "onlineServices", true, "password", Api.PASSWORD));
        if (practiceNumber != null) {
            body.put("practiceNumber", practiceNumber);
        }
        var created = api.post(Api.admin(), "/api/clinic/ramq-persons", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return new Api.Login(ramqId, Api.PASSWORD);
    }
}
