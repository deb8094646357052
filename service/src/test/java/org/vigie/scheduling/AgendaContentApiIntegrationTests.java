package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.support.Api;

/**
 * A professional's agenda as it reads (R94, R121) and when patients see each slot online (R97, R109-R113, R119, R120), on the
 * movable clock: Monday 2 March 2026, the week before Québec springs forward (Sunday 8 March, 02:00 -> 03:00).
 */
class AgendaContentApiIntegrationTests extends ClinicTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    Enterprise enterprise;
    long professional;
    long mf;
    String agenda;

    @BeforeEach
    void aProfessionalOfAGmfAtBothLocations() {
        clock.today(TODAY);
        enterprise = enterprise(true);
        professional = hire(enterprise, person("1"), enterprise.location1(), enterprise.location2());
        mf = service("MF", "MINOR_EMERGENCY", 15);
        agenda = professionalPath(enterprise, professional) + "/agenda";
    }

    long service(String type, String reason, int minutes) {
        var created = api.post(enterprise.admin().login(), professionalPath(enterprise, professional) + "/services",
                Map.of("appointmentType", type, "reason", reason, "durationMinutes", minutes));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    long slot(String date, String start, String end, Long location, Long service, String visibility, String publishFrom) {
        Map<String, Object> body = new HashMap<>(Map.of("date", date, "startTime", start, "endTime", end));
        if (location != null) {
            body.putAll(Map.of("locationId", location, "serviceIds", List.of(service), "visibility", visibility));
        }
        if (publishFrom != null) {
            body.put("publishFrom", publishFrom);
        }
        var created = api.post(enterprise.admin().login(), professionalPath(enterprise, professional) + "/slots", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    long publicSlot(String date, String start, String end) {
        return slot(date, start, end, enterprise.location1(), mf, "PUBLIC", null);
    }

    JsonNode read(String from, String to) {
        var read = api.get(enterprise.admin().login(), agenda + "?from=" + from + "&to=" + to);
        assertThat(read.status()).as(read.raw()).isEqualTo(200);
        return read.body();
    }

    static JsonNode slotOf(JsonNode agenda, long id) {
        for (JsonNode slot : agenda.get("slots")) {
            if (slot.get("id").asLong() == id) {
                return slot;
            }
        }
        throw new AssertionError("slot " + id + " not in " + agenda);
    }

    @Test
    void R121_eachSlotHasItsGlobeLocationLabelReasonsTypeAndDurationAndAnIncompleteOneIsLabelled() {
        long gen = service("GEN", "ALL", 30);
        long complete = slot("2026-03-03", "09:00", "12:00", enterprise.location1(), gen, "PUBLIC", null);
        long incomplete = slot("2026-03-04", "13:00", "17:00", null, null, null, null);
        JsonNode read = read("2026-03-01", "2026-03-07");
        JsonNode slot = slotOf(read, complete);
        assertThat(slot.get("publicSlot").asBoolean()).as("the globe").isTrue();
        assertThat(slot.get("locationLabel").asText()).isEqualTo("Clinique du Plateau");
        assertThat(slot.get("appointmentType").asText()).isEqualTo("GEN");
        assertThat(slot.get("durationMinutes").asInt()).isEqualTo(30);
        assertThat(slot.get("reasons").get(0).asText()).isEqualTo("Toutes les raisons");
        assertThat(slot.at("/services/0/state").asText()).isEqualTo("actif");
        assertThat(slot.get("startsAt").asText()).isEqualTo("2026-03-03T14:00:00Z");
        JsonNode open = slotOf(read, incomplete);
        assertThat(open.get("complete").asBoolean()).isFalse();
        assertThat(open.get("label").asText()).isEqualTo("Plage incomplète");
        assertThat(open.get("publicSlot").asBoolean()).isFalse();
        assertThat(open.at("/online/visibleOnline").asBoolean()).as("R97").isFalse();
        assertThat(open.at("/online/hiddenBecause").asText()).isEqualTo("INCOMPLETE");
        assertThat(open.at("/online/notice").asText()).isEqualTo("Vos patients ne peuvent voir cette plage de disponibilité");
        assertThat(Instant.parse(read.get("generatedAt").asText())).isBetween(clock.instant().minusSeconds(60), clock.instant());
        assertThat(read.get("appointments")).isEmpty();
    }

    @Test
    void R121_slotsSharingADisplayCellAreSummarisedWithPubliqueOnlyOnThePublicOne() {
        long gen = service("GEN", "ALL", 30);
        long first = publicSlot("2026-03-03", "09:00", "10:00");
        long second = slot("2026-03-03", "09:30", "11:00", enterprise.location1(), gen, "PRIVATE", null);
        publicSlot("2026-03-04", "09:00", "10:00");
        JsonNode read = read("2026-03-01", "2026-03-07");
        assertThat(read.get("cellMinutes").asInt()).as("the pack's default grid interval").isEqualTo(15);
        assertThat(read.get("overlaps").findValuesAsText("start")).as("the cells both slots meet").containsExactly("09:30", "09:45");
        JsonNode cell = read.at("/overlaps/0");
        assertThat(cell.get("date").asText()).isEqualTo("2026-03-03");
        assertThat(cell.get("end").asText()).isEqualTo("09:45");
        assertThat(cell.at("/slots/0/slotId").asLong()).isEqualTo(first);
        assertThat(cell.at("/slots/0/startTime").asText() + "-" + cell.at("/slots/0/endTime").asText()).isEqualTo("09:00-10:00");
        assertThat(cell.at("/slots/0/appointmentType").asText()).isEqualTo("MF");
        assertThat(cell.at("/slots/0/publicLabel").asText()).isEqualTo("Publique");
        assertThat(cell.at("/slots/0/durationMinutes").asInt()).isEqualTo(15);
        assertThat(cell.at("/slots/1/slotId").asLong()).isEqualTo(second);
        assertThat(cell.get("slots").get(1).has("publicLabel")).as("private: no « Publique »").isFalse();
        assertThat(cell.at("/slots/1/durationMinutes").asInt()).isEqualTo(30);

        assertThat(api.put(enterprise.admin().login(), "/api/clinic/preferences", Map.of("gridMinutes", 60)).status()).isEqualTo(200);
        JsonNode hourly = read("2026-03-01", "2026-03-07");
        assertThat(hourly.get("cellMinutes").asInt()).as("the caller's grid interval").isEqualTo(60);
        assertThat(hourly.get("overlaps").findValuesAsText("start")).containsExactly("09:00");
        assertThat(hourly.at("/overlaps/0/end").asText()).isEqualTo("10:00");
    }

    @Test
    void R109_R113_aPrivateSlotIsNeverSeenOnlineButTheClinicBooksIt() {
        long hidden = slot("2026-03-03", "09:00", "12:00", enterprise.location1(), mf, "PRIVATE", null);
        JsonNode online = slotOf(read("2026-03-01", "2026-03-07"), hidden).get("online");
        assertThat(online.get("visibleOnline").asBoolean()).isFalse();
        assertThat(online.get("hiddenBecause").asText()).isEqualTo("PRIVATE");
        assertThat(online.get("visibleNow").asBoolean()).isFalse();
        assertThat(online.has("from")).isFalse();
        assertThat(online.has("audience")).as("no patient sees it").isFalse();
        assertThat(online.get("clinicCanBook").asBoolean()).isTrue();
        assertThat(online.get("notice").asText()).isEqualTo("Vos patients ne peuvent voir cette plage de disponibilité");
    }

    @Test
    void R110_R112_aPublicSlotWithoutFromAndWithoutHorizonIsOnlineAtOnce() {
        long open = publicSlot("2026-12-15", "09:00", "12:00");
        JsonNode online = slotOf(read("2026-12-13", "2026-12-19"), open).get("online");
        assertThat(online.get("visibleOnline").asBoolean()).isTrue();
        assertThat(online.get("fromRule").asText()).isEqualTo("AT_ONCE");
        assertThat(online.get("visibleNow").asBoolean()).isTrue();
        assertThat(online.has("notice")).isFalse();
        assertThat(online.get("clinicCanBook").asBoolean()).isTrue();
    }

    @Test
    void R112_R111_R113_theHorizonOpensASlotWithItsWeekAndAFromMomentOverridesIt() {
        var horizon = api.put(enterprise.admin().login(), professionalPath(enterprise, professional) + "/options",
                Map.of("bookingHorizonEnabled", true, "bookingHorizonMaxWeeks", 2));
        assertThat(horizon.status()).as(horizon.raw()).isEqualTo(200);
        long thisWeek = publicSlot("2026-03-04", "09:00", "12:00");
        long nextWeek = publicSlot("2026-03-10", "09:00", "12:00");
        long inThreeWeeks = publicSlot("2026-03-17", "09:00", "12:00");
        long withFrom = slot("2026-03-24", "09:00", "12:00", enterprise.location1(), mf, "PUBLIC", "2026-03-05T14:00:00Z");
        JsonNode read = read("2026-03-01", "2026-03-28");
        assertThat(slotOf(read, thisWeek).at("/online/visibleNow").asBoolean()).isTrue();
        assertThat(slotOf(read, nextWeek).at("/online/visibleNow").asBoolean()).as("§9 A2: this week and the next").isTrue();
        JsonNode later = slotOf(read, inThreeWeeks).get("online");
        assertThat(later.get("fromRule").asText()).isEqualTo("HORIZON");
        assertThat(later.get("from").asText()).as("Sunday 8 March at midnight in Montréal, before the clocks change")
                .isEqualTo("2026-03-08T05:00:00Z");
        assertThat(later.get("visibleNow").asBoolean()).isFalse();
        assertThat(later.get("clinicCanBook").asBoolean()).as("R113").isTrue();
        JsonNode from = slotOf(read, withFrom).get("online");
        assertThat(from.get("fromRule").asText()).as("R93: the horizon is ignored").isEqualTo("PUBLISH_FROM");
        assertThat(from.get("from").asText()).isEqualTo("2026-03-05T14:00:00Z");
        assertThat(from.get("visibleNow").asBoolean()).isFalse();
        assertThat(from.get("clinicCanBook").asBoolean()).as("R113").isTrue();

        clock.move(Duration.ofDays(3)); // Thursday 5 March, 12:00 in Montréal (17:00 UTC)
        JsonNode thursday = read("2026-03-01", "2026-03-28");
        assertThat(slotOf(thursday, withFrom).at("/online/visibleNow").asBoolean()).isTrue();
        assertThat(slotOf(thursday, inThreeWeeks).at("/online/visibleNow").asBoolean()).isFalse();
        clock.move(Duration.ofDays(3)); // Sunday 8 March
        assertThat(slotOf(read("2026-03-01", "2026-03-28"), inThreeWeeks).at("/online/visibleNow").asBoolean()).isTrue();
    }

    @Test
    void R119_whoSeesAPublicSlotOnlineFollowsTheTypeOfItsServices() {
        long gmf = service("GMF", "MINOR_EMERGENCY", 15);
        long gen = service("GEN", "MINOR_EMERGENCY", 15);
        long own = publicSlot("2026-03-03", "09:00", "10:00");
        long group = slot("2026-03-03", "10:00", "11:00", enterprise.location1(), gmf, "PUBLIC", null);
        long everyone = slot("2026-03-03", "11:00", "12:00", enterprise.location1(), gen, "PUBLIC", null);
        JsonNode read = read("2026-03-01", "2026-03-07");
        assertThat(slotOf(read, own).at("/online/audience").asText()).as("R70: the professional's own patients").isEqualTo("OWN_PATIENTS");
        assertThat(slotOf(read, own).at("/online/audienceLabel").asText()).isEqualTo("Patients du professionnel (MF)");
        assertThat(slotOf(read, group).at("/online/audience").asText()).as("R71").isEqualTo("GMF_PATIENTS");
        assertThat(slotOf(read, everyone).at("/online/audience").asText()).as("R72").isEqualTo("ALL_PATIENTS");
        assertThat(slotOf(read, everyone).at("/online/audienceLabel").asText()).isEqualTo("Population générale (GEN)");
    }

    @Test
    void R120_aSlotIsPresentedOnlineInTheDisplayModeOfItsLocation() {
        var options = api.put(enterprise.admin().login(), enterprise.path() + "/locations/" + enterprise.location2() + "/options",
                EnterpriseAndEmployeeRulesApiIntegrationTests.options(24, "HOURS"));
        assertThat(options.status()).as(options.raw()).isEqualTo(200);
        long plateau = publicSlot("2026-03-03", "09:00", "12:00");
        long rosemont = slot("2026-03-04", "09:00", "12:00", enterprise.location2(), mf, "PUBLIC", null);
        JsonNode read = read("2026-03-01", "2026-03-07");
        assertThat(slotOf(read, plateau).at("/online/displayMode").asText()).isEqualTo("BY_PATIENT_PROFESSIONAL_RELATION");
        assertThat(slotOf(read, rosemont).at("/online/displayMode").asText()).isEqualTo("BY_CLIENTELE_TYPE");
        assertThat(slotOf(read, rosemont).get("locationLabel").asText()).isEqualTo("Point de service Rosemont");
    }

    @Test
    void R78_aPastSlotShowsItsDeletedServiceAsInactif() {
        long past = publicSlot("2026-03-03", "09:00", "12:00");
        clock.today(LocalDate.of(2026, 3, 5));
        var deleted = api.delete(enterprise.admin().login(), professionalPath(enterprise, professional) + "/services/" + mf + "?confirmed=true");
        assertThat(deleted.status()).as(deleted.raw()).isEqualTo(200);
        JsonNode slot = slotOf(read("2026-03-01", "2026-03-07"), past);
        assertThat(slot.at("/services/0/state").asText()).isEqualTo("inactif");
        assertThat(slot.at("/services/0/id").asLong()).isEqualTo(mf);
        assertThat(slot.at("/online/visibleNow").asBoolean()).as("it has ended").isFalse();
        assertThat(slot.at("/online").has("notice")).isFalse();
    }

    @Test
    void A23_onTheSpringForwardDaySlotsKeepTheirLocalTimesAndTheirInstantsFollowTheNewOffset() {
        long saturday = publicSlot("2026-03-07", "09:00", "13:00");
        long sunday = publicSlot("2026-03-08", "09:00", "13:00");
        long acrossTheGap = publicSlot("2026-03-08", "01:30", "03:30");
        JsonNode read = read("2026-03-07", "2026-03-08");
        assertThat(slotOf(read, saturday).get("startsAt").asText()).isEqualTo("2026-03-07T14:00:00Z");
        JsonNode nine = slotOf(read, sunday);
        assertThat(nine.get("startTime").asText() + "-" + nine.get("endTime").asText()).isEqualTo("09:00-13:00");
        assertThat(nine.get("startsAt").asText()).as("daylight time").isEqualTo("2026-03-08T13:00:00Z");
        assertThat(nine.get("endsAt").asText()).isEqualTo("2026-03-08T17:00:00Z");
        JsonNode gap = slotOf(read, acrossTheGap);
        assertThat(gap.get("startTime").asText() + "-" + gap.get("endTime").asText()).isEqualTo("01:30-03:30");
        assertThat(gap.get("startsAt").asText()).isEqualTo("2026-03-08T06:30:00Z");
        assertThat(gap.get("endsAt").asText()).as("one hour that night").isEqualTo("2026-03-08T07:30:00Z");
        assertThat(gap.get("zone").asText()).isEqualTo("America/Montreal");
    }

    @Test
    void R94_aReadCoversABoundedRangeAndNamesTheFieldBeyondIt() {
        var tooLong = api.get(enterprise.admin().login(), agenda + "?from=2026-03-01&to=2026-04-12");
        assertThat(tooLong.status()).as(tooLong.raw()).isEqualTo(400);
        assertThat(tooLong.text("/errors/0/field")).isEqualTo("to");
        assertThat(tooLong.text("/errors/0/message")).isEqualTo("Un agenda se lit sur au plus 42 jours.");
        assertThat(api.get(enterprise.admin().login(), agenda + "?from=2026-03-01&to=2026-04-11").status()).as("42 days").isEqualTo(200);
        assertThat(api.get(enterprise.admin().login(), agenda + "?from=2026-03-08&to=2026-03-01").text("/errors/0/field")).isEqualTo("to");
        assertThat(api.get(enterprise.admin().login(), agenda + "?to=2026-03-01").text("/errors/0/field")).isEqualTo("from");
        var staff = api.get(enterprise.admin().login(), professionalPath(enterprise, enterprise.adminEmployee()) + "/agenda?from=2026-03-01&to=2026-03-07");
        assertThat(staff.status()).isEqualTo(400);
        assertThat(staff.text("/errors/0/field")).isEqualTo("professionalId");
        assertThat(api.get(Api.admin(), agenda + "?from=2026-03-01&to=2026-03-07").status()).as("the operator reads agendas").isEqualTo(200);
    }
}
