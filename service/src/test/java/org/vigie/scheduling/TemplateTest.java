package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.vigie.support.Api;

/**
 * What the template tests set up through the API: an enterprise whose first location has two physicians offering the same
 * 15-minute MF service (§9 A10), on a Wednesday of March 2027 (spring forward in Montréal is Sunday 2027-03-14).
 */
abstract class TemplateTest extends ClinicTest {
    static final LocalDate TODAY = LocalDate.of(2027, 3, 3);

    Enterprise enterprise;
    Person doctor;
    long professional;
    long service;
    Person colleague;
    long otherProfessional;
    long colleagueService;

    @BeforeEach
    void twoPhysiciansAtTheFirstLocation() {
        clock.today(TODAY);
        enterprise = enterprise(false);
        doctor = person("1");
        professional = hire(enterprise, doctor, enterprise.location1());
        service = service(professional, "MF", "MINOR_EMERGENCY", 15);
        colleague = person("1");
        otherProfessional = hire(enterprise, colleague, enterprise.location1());
        colleagueService = service(otherProfessional, "MF", "MINOR_EMERGENCY", 15);
    }

    long service(long professionalId, String type, String reason, int minutes) {
        var created = api.post(enterprise.admin().login(), professionalPath(enterprise, professionalId) + "/services",
                Map.of("appointmentType", type, "reason", reason, "durationMinutes", minutes));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    String templates() {
        return enterprise.path() + "/templates";
    }

    static Map<String, Object> slot(String day, String start, String end, Object... serviceIds) {
        return new HashMap<>(Map.of("dayOfWeek", day, "startTime", start, "endTime", end, "serviceIds", List.of(serviceIds),
                "visibility", "PRIVATE"));
    }

    static Map<String, Object> publicSlot(String day, String start, String end, Integer daysBefore, String publishTime, Object... serviceIds) {
        Map<String, Object> slot = slot(day, start, end, serviceIds);
        slot.put("visibility", "PUBLIC");
        if (daysBefore != null) {
            slot.put("publishDaysBefore", daysBefore);
        }
        if (publishTime != null) {
            slot.put("publishTime", publishTime);
        }
        return slot;
    }

    @SafeVarargs
    final Map<String, Object> template(String name, List<Long> professionals, Map<String, Object>... slots) {
        return new HashMap<>(Map.of("locationId", enterprise.location1(), "name", name, "professions", List.of("PHYSICIAN"),
                "professionalIds", professionals, "slots", List.of(slots)));
    }

    Api.Response create(Api.Login who, Map<String, Object> body) {
        return api.post(who, templates(), body);
    }

    long created(Map<String, Object> body) {
        var created = create(enterprise.admin().login(), body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    Api.Response apply(Api.Login who, long professionalId, String sunday, long templateId, int nextWeeks, boolean dryRun) {
        return api.post(who, professionalPath(enterprise, professionalId) + "/weeks/" + sunday + "/apply-template" + (dryRun ? "?dryRun=true" : ""),
                Map.of("templateId", templateId, "nextWeeks", nextWeeks));
    }

    long templateCount() {
        return count("schedule_template", "enterprise_id = ?", enterprise.id());
    }

    long slotCount(long professionalId) {
        return count("availability_slot", "professional_id = ?", professionalId);
    }

    /** A staff user of the first location with this access to the professional's agenda there. */
    Person staffWith(String access, long professionalId) {
        Person staff = person(null);
        long employee = hire(enterprise, staff, enterprise.location1());
        var granted = api.post(enterprise.admin().login(), employeePath(enterprise, employee) + "/permissions",
                Map.of("location", String.valueOf(enterprise.location1()), "professionalId", professionalId, "access", access));
        assertThat(granted.status()).as(granted.raw()).isLessThan(300);
        return staff;
    }

    void refused(Api.Response response, int status, String field, String message) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        if (field != null) {
            assertThat(response.body().get("errors").findValuesAsText("field")).as(response.raw()).contains(field);
            assertThat(response.body().get("errors").findValuesAsText("message")).as(response.raw()).contains(message);
        } else if (message != null) {
            assertThat(response.text("/detail")).isEqualTo(message);
        }
    }
}
