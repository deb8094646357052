package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.vigie.support.Api;
import org.vigie.support.Together;

/** Rules R8-R14 (display preferences, default agenda, the agendas list) and R62-R64 (what a row or one's own agenda allows), through the API. */
class AgendaAndPreferenceRulesApiIntegrationTests extends ClinicTest {
    static final String PREFERENCES = "/api/clinic/preferences";

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("America/Montreal"));
    }

    String agendas(Enterprise enterprise) {
        return enterprise.path() + "/agendas";
    }

    String agenda(Enterprise enterprise, long location, long professional) {
        return agendas(enterprise) + "/" + location + "/" + professional;
    }

    /** The (location, professional) pairs of a page of the list, as "location/professional". */
    static List<String> pairs(JsonNode page) {
        List<String> pairs = new ArrayList<>();
        page.get("items").forEach(i -> pairs.add(i.get("location").get("id").asLong() + "/" + i.get("professional").get("id").asLong()));
        return pairs;
    }

    static String pair(long location, long professional) {
        return location + "/" + professional;
    }

    void grant(Enterprise enterprise, long employee, long location, long professional, String access) {
        var granted = api.post(enterprise.admin().login(), employeePath(enterprise, employee) + "/permissions",
                Map.of("location", String.valueOf(location), "professionalId", professional, "access", access));
        assertThat(granted.status()).as(granted.raw()).isEqualTo(201);
    }

    // ---- Preferences ----------------------------------------------------------------------------------

    @Test
    void R8_theTimeFormatIsThePersonsOwnAndStaysAfterSignOutInEveryEnterprise() {
        Enterprise first = enterprise(false);
        Enterprise second = enterprise(true);
        Person nurse = person("81");
        hire(first, nurse, first.location1());
        hire(second, nurse, second.location2());

        var before = api.get(nurse.login(), PREFERENCES);
        assertThat(before.status()).as(before.raw()).isEqualTo(200);
        assertThat(before.text("/timeFormat")).as("the pack's default").isEqualTo("H24");
        assertThat(before.body().get("saved").asBoolean()).isFalse();

        var saved = api.put(nurse.login(), PREFERENCES, Map.of("timeFormat", "AM_PM"));
        assertThat(saved.status()).as(saved.raw()).isEqualTo(200);
        assertThat(saved.text("/timeFormat")).isEqualTo("AM_PM");

        // a later request (the service keeps no session: every request signs in again) still has it
        var after = api.get(nurse.login(), PREFERENCES);
        assertThat(after.text("/timeFormat")).isEqualTo("AM_PM");
        assertThat(after.body().get("saved").asBoolean()).isTrue();
        assertThat(after.text("/agendaView")).as("a field left out keeps its value").isEqualTo(before.text("/agendaView"));
        // the person's, not an enterprise's: one row, audited in both enterprises where they work
        assertThat(count("clinic_user_preferences", "person_id = ?", nurse.id())).isEqualTo(1);
        assertThat(count("clinic_audit", "enterprise_id = ? AND action = 'preferences.edit' AND actor = ?", first.id(), nurse.ramqId()))
                .isEqualTo(1);
        assertThat(count("clinic_audit", "enterprise_id = ? AND action = 'preferences.edit' AND actor = ?", second.id(), nurse.ramqId()))
                .isEqualTo(1);
        assertThat(api.get(first.admin().login(), PREFERENCES).text("/timeFormat")).as("someone else's").isEqualTo("H24");
    }

    @Test
    void R8_onlyClinicUsersHavePreferencesAndSomeoneActiveNowhereGetsM2() {
        assertThat(api.get(Api.admin(), PREFERENCES).status()).as("the provincial operator").isEqualTo(403);
        assertThat(api.put(api.newMember().login(), PREFERENCES, Map.of("timeFormat", "AM_PM")).status()).as("a member").isEqualTo(403);
        Person stranger = person(null);
        var refused = api.put(stranger.login(), PREFERENCES, Map.of("timeFormat", "AM_PM"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("/detail")).isEqualTo(EnterpriseAndEmployeeRulesApiIntegrationTests.M2);
        assertThat(count("clinic_user_preferences", "person_id = ?", stranger.id())).isZero();
    }

    @Test
    void R14_theAgendaIsShownByViewGridHoursAndWeekendAsTheUserChose() {
        Enterprise enterprise = enterprise(false);
        var defaults = api.get(enterprise.admin().login(), PREFERENCES).body();
        assertThat(defaults.get("offered").get("gridMinutes")).extracting(JsonNode::asInt).containsExactly(5, 10, 15, 20, 30, 60);
        assertThat(defaults.get("offered").get("agendaViews")).extracting(JsonNode::asText).containsExactly("DAY", "WEEK", "NEXT_DAYS");
        assertThat(defaults.get("gridMinutes").asInt()).isEqualTo(15);
        assertThat(defaults.get("displayFrom").asText()).isEqualTo("08:00");

        var saved = api.put(enterprise.admin().login(), PREFERENCES, Map.of("timeFormat", "AM_PM", "agendaView", "NEXT_DAYS",
                "gridMinutes", 20, "displayFrom", "07:30", "displayUntil", "21:00", "showWeekend", true));
        assertThat(saved.status()).as(saved.raw()).isEqualTo(200);
        var read = api.get(enterprise.admin().login(), PREFERENCES);
        assertThat(read.text("/agendaView")).isEqualTo("NEXT_DAYS");
        assertThat(read.body().get("gridMinutes").asInt()).isEqualTo(20);
        assertThat(read.text("/displayFrom")).isEqualTo("07:30");
        assertThat(read.text("/displayUntil")).isEqualTo("21:00");
        assertThat(read.body().get("showWeekend").asBoolean()).isTrue();
        assertThat(read.text("/timeFormat")).isEqualTo("AM_PM");
    }

    @Test
    void R14_aBadPreferenceIsRefusedNamingTheFieldAndNothingIsSaved() {
        Enterprise enterprise = enterprise(false);
        Api.Login admin = enterprise.admin().login();
        assertThat(api.put(admin, PREFERENCES, Map.of("gridMinutes", 30, "displayFrom", "09:00", "displayUntil", "16:00")).status())
                .isEqualTo(200);
        Map<String, Map<String, Object>> bad = new java.util.LinkedHashMap<>();
        bad.put("gridMinutes", Map.of("gridMinutes", 7, "timeFormat", "AM_PM"));
        bad.put("timeFormat", Map.of("timeFormat", "12H", "gridMinutes", 10));
        bad.put("agendaView", Map.of("agendaView", "MONTH", "gridMinutes", 10));
        bad.put("displayFrom", Map.of("displayFrom", "8h00", "gridMinutes", 10));
        bad.put("displayUntil", Map.of("displayFrom", "18:00", "displayUntil", "08:00", "gridMinutes", 10));
        bad.forEach((field, body) -> {
            var refused = api.put(admin, PREFERENCES, body);
            assertThat(refused.status()).as(field + ": " + refused.raw()).isEqualTo(400);
            assertThat(refused.text("/errors/0/field")).as(refused.raw()).isEqualTo(field);
        });
        var unchanged = api.get(admin, PREFERENCES);
        assertThat(unchanged.body().get("gridMinutes").asInt()).isEqualTo(30);
        assertThat(unchanged.text("/timeFormat")).isEqualTo("H24");
        assertThat(unchanged.text("/displayFrom")).isEqualTo("09:00");
        assertThat(unchanged.text("/displayUntil")).isEqualTo("16:00");
        assertThat(count("clinic_audit", "enterprise_id = ? AND action = 'preferences.edit'", enterprise.id())).isEqualTo(1);
    }

    @Test
    void R8_R14_aPersonsFirstSavesAtOnceMakeOneRowThatKeepsEveryFieldSaved() throws Exception {
        Enterprise enterprise = enterprise(false);
        Api.Login admin = enterprise.admin().login();
        List<Api.Response> answers = Together.run(List.of(
                () -> api.put(admin, PREFERENCES, Map.of("timeFormat", "AM_PM")),
                () -> api.put(admin, PREFERENCES, Map.of("gridMinutes", 30)),
                () -> api.put(admin, PREFERENCES, Map.of("agendaView", "NEXT_DAYS")),
                () -> api.put(admin, PREFERENCES, Map.of("showWeekend", true))));
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.raw()).isEqualTo(200));
        assertThat(count("clinic_user_preferences", "person_id = ?", enterprise.admin().id())).isEqualTo(1);
        var read = api.get(admin, PREFERENCES);
        assertThat(read.text("/timeFormat")).as("each save keeps the fields the others saved").isEqualTo("AM_PM");
        assertThat(read.body().get("gridMinutes").asInt()).isEqualTo(30);
        assertThat(read.text("/agendaView")).isEqualTo("NEXT_DAYS");
        assertThat(read.body().get("showWeekend").asBoolean()).isTrue();
        assertThat(count("clinic_audit", "enterprise_id = ? AND action = 'preferences.edit'", enterprise.id())).isEqualTo(4);
    }

    // ---- Agendas --------------------------------------------------------------------------------------

    @Test
    void R9_aProfessionalOpensOnTheirOwnAgendaAndAnyoneElseOnNone() {
        Enterprise enterprise = enterprise(false);
        Person doctor = person("1");
        long professional = hire(enterprise, doctor, enterprise.location2(), enterprise.location1());
        Person clerk = person(null);
        hire(enterprise, clerk, enterprise.location1());

        var own = api.get(doctor.login(), agendas(enterprise) + "/default");
        assertThat(own.status()).as(own.raw()).isEqualTo(200);
        assertThat(own.body().get("agenda").get("professional").get("id").asLong()).isEqualTo(professional);
        assertThat(own.body().get("agenda").get("location").get("id").asLong()).as("the first work location")
                .isEqualTo(Math.min(enterprise.location1(), enterprise.location2()));
        assertThat(own.text("/agenda/access/column")).isEqualTo("HP_OWN");

        for (Api.Login other : List.of(clerk.login(), enterprise.admin().login(), Api.admin())) {
            var none = api.get(other, agendas(enterprise) + "/default");
            assertThat(none.status()).as(none.raw()).isEqualTo(200);
            assertThat(none.body().has("agenda")).isTrue();
            assertThat(none.body().get("agenda").isNull()).as(other.username() + ": " + none.raw()).isTrue();
        }
    }

    @Test
    void R10_aDepartedOrDeletedProfessionalIsLeftOutOfTheAgendas() {
        Enterprise enterprise = enterprise(false);
        long staying = hire(enterprise, person("1"), enterprise.location1());
        long leavingToday = hire(enterprise, person("1"), enterprise.location1());
        long departed = hire(enterprise, person("1"), enterprise.location1());
        long deleted = hire(enterprise, person("1"), enterprise.location1());
        long clerk = hire(enterprise, person(null), enterprise.location1());
        for (Object[] departure : new Object[][] {{leavingToday, today()}, {departed, today().minusDays(1)}}) {
            var changed = api.put(enterprise.admin().login(), employeePath(enterprise, (long) departure[0]), Map.of("startDate", "2024-01-01",
                    "departureDate", departure[1].toString(), "workLocations", List.of(enterprise.location1())));
            assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        }
        assertThat(api.delete(enterprise.admin().login(), employeePath(enterprise, deleted)).status()).isEqualTo(200);

        var list = api.get(enterprise.admin().login(), agendas(enterprise));
        assertThat(list.status()).as(list.raw()).isEqualTo(200);
        assertThat(pairs(list.body())).as("a staff member has no agenda either")
                .containsExactlyInAnyOrder(pair(enterprise.location1(), staying), pair(enterprise.location1(), leavingToday));
        assertThat(api.get(enterprise.admin().login(), agenda(enterprise, enterprise.location1(), departed)).status()).isEqualTo(404);
        assertThat(api.get(enterprise.admin().login(), agenda(enterprise, enterprise.location1(), deleted)).status()).isEqualTo(404);
        assertThat(api.get(enterprise.admin().login(), agenda(enterprise, enterprise.location1(), clerk)).status()).isEqualTo(404);
        assertThat(api.get(enterprise.admin().login(), agenda(enterprise, enterprise.location1(), staying)).status()).isEqualTo(200);
    }

    @Test
    void R11_theAgendasComeSixToAPage() {
        Enterprise enterprise = enterprise(false);
        List<String> hired = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            hired.add(pair(enterprise.location1(), hire(enterprise, person("1"), enterprise.location1())));
        }
        Person superUser = person(null);
        superUser(enterprise, superUser);
        var first = api.get(superUser.login(), agendas(enterprise) + "?page=0");
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(first.body().get("pageSize").asInt()).isEqualTo(6);
        assertThat(first.body().get("totalItems").asLong()).isEqualTo(7);
        assertThat(first.body().get("totalPages").asInt()).isEqualTo(2);
        assertThat(first.body().get("items")).hasSize(6);
        assertThat(first.body().get("items").get(0).get("access").get("column").asText()).isEqualTo("SU");
        var second = api.get(superUser.login(), agendas(enterprise) + "?page=1");
        assertThat(second.body().get("items")).hasSize(1);
        List<String> seen = new ArrayList<>(pairs(first.body()));
        seen.addAll(pairs(second.body()));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(hired);
        assertThat(api.get(superUser.login(), agendas(enterprise) + "?page=2").body().get("items")).isEmpty();
        assertThat(api.get(superUser.login(), agendas(enterprise) + "?page=0&locationId=" + enterprise.location2()).body()
                .get("totalItems").asLong()).as("nobody works at location 2").isZero();
    }

    @Test
    void R62_aReadRowLetsAUserViewAnAgendaButNotEditItsSlotsOrBook() {
        Enterprise enterprise = enterprise(false);
        long reader = hire(enterprise, person("1"), enterprise.location1(), enterprise.location2());
        long writer = hire(enterprise, person("1"), enterprise.location1(), enterprise.location2());
        Person clerk = person(null);
        long clerkEmployee = hire(enterprise, clerk, enterprise.location1(), enterprise.location2());
        long other = hire(enterprise, person("1"), enterprise.location1());
        grant(enterprise, clerkEmployee, enterprise.location1(), reader, "READ");
        grant(enterprise, clerkEmployee, enterprise.location1(), writer, "READ_WRITE");

        var list = api.get(clerk.login(), agendas(enterprise));
        assertThat(list.status()).as(list.raw()).isEqualTo(200);
        assertThat(pairs(list.body())).as("only the rows' agendas, each at its row's location (§3.5 notes 1, 5)")
                .containsExactlyInAnyOrder(pair(enterprise.location1(), reader), pair(enterprise.location1(), writer));

        var read = api.get(clerk.login(), agenda(enterprise, enterprise.location1(), reader));
        assertThat(read.status()).as(read.raw()).isEqualTo(200);
        assertThat(read.text("/access/column")).isEqualTo("RO");
        assertThat(read.body().get("access").get("canView").asBoolean()).isTrue();
        assertThat(read.body().get("access").get("canEditSlots").asBoolean()).as("no Horaire entry").isFalse();
        assertThat(read.body().get("access").get("canBook").asBoolean()).as("R61: booking needs READ_WRITE").isFalse();

        var write = api.get(clerk.login(), agenda(enterprise, enterprise.location1(), writer));
        assertThat(write.text("/access/column")).isEqualTo("RW");
        assertThat(write.body().get("access").get("canEditSlots").asBoolean()).isTrue();
        assertThat(write.body().get("access").get("canBook").asBoolean()).isTrue();
        assertThat(write.body().get("access").get("canQuickCreate").asBoolean()).as("§9 A38: quick create stays LA, SU and the professional")
                .isFalse();
        assertThat(write.body().get("access").get("canCopyWeek").asBoolean()).isFalse();
        assertThat(write.body().get("access").get("canClearWeek").asBoolean()).isFalse();

        assertThat(api.get(clerk.login(), agenda(enterprise, enterprise.location2(), reader)).status())
                .as("a row at location 1 does not open location 2").isEqualTo(403);
        assertThat(api.get(clerk.login(), agenda(enterprise, enterprise.location1(), other)).status()).isEqualTo(403);
    }

    @Test
    void R63_aProfessionalCannotOpenAnotherProfessionalsAgendaWithoutARow() {
        Enterprise enterprise = enterprise(false);
        Person doctor = person("1");
        long self = hire(enterprise, doctor, enterprise.location1());
        long colleague = hire(enterprise, person("5"), enterprise.location1());

        assertThat(pairs(api.get(doctor.login(), agendas(enterprise)).body())).containsExactly(pair(enterprise.location1(), self));
        var refused = api.get(doctor.login(), agenda(enterprise, enterprise.location1(), colleague));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(403);

        grant(enterprise, self, enterprise.location1(), colleague, "READ");
        var allowed = api.get(doctor.login(), agenda(enterprise, enterprise.location1(), colleague));
        assertThat(allowed.status()).as(allowed.raw()).isEqualTo(200);
        assertThat(allowed.text("/professional/professionalClass")).isEqualTo("RESIDENT");
        assertThat(pairs(api.get(doctor.login(), agendas(enterprise)).body()))
                .containsExactlyInAnyOrder(pair(enterprise.location1(), self), pair(enterprise.location1(), colleague));
    }

    @Test
    void R64_aProfessionalAlwaysHasReadAndWriteOnTheirOwnAgendaWithoutAnyRow() {
        Enterprise enterprise = enterprise(false);
        Person doctor = person("1");
        long self = hire(enterprise, doctor, enterprise.location1(), enterprise.location2());
        assertThat(count("clinic_agenda_permission", "employee_id = ?", self)).isZero();

        var list = api.get(doctor.login(), agendas(enterprise));
        assertThat(pairs(list.body())).containsExactlyInAnyOrder(pair(enterprise.location1(), self), pair(enterprise.location2(), self));
        for (JsonNode item : list.body().get("items")) {
            JsonNode access = item.get("access");
            assertThat(access.get("column").asText()).isEqualTo("HP_OWN");
            assertThat(access.get("canView").asBoolean()).isTrue();
            assertThat(access.get("canEditSlots").asBoolean()).isTrue();
            assertThat(access.get("canBook").asBoolean()).isTrue();
            assertThat(access.get("canQuickCreate").asBoolean()).isTrue();
            assertThat(access.get("canCopyWeek").asBoolean()).isTrue();
            assertThat(access.get("canClearWeek").asBoolean()).isTrue();
        }
        var header = api.get(doctor.login(), agenda(enterprise, enterprise.location2(), self));
        assertThat(header.status()).as(header.raw()).isEqualTo(200);
        assertThat(header.text("/access/column")).isEqualTo("HP_OWN");
    }

    @Test
    void R22_anAgendasLocationIsLabelledByItsAbbreviationWhenItHasOne() {
        Enterprise enterprise = enterprise(false);
        long doctor = hire(enterprise, person("1"), enterprise.location1(), enterprise.location2());
        assertThat(api.patch(enterprise.admin().login(), enterprise.path() + "/locations/" + enterprise.location1(),
                Map.of("abbreviation", "PLT")).status()).isEqualTo(200);
        Map<Long, String> labels = new HashMap<>();
        api.get(enterprise.admin().login(), agendas(enterprise)).body().get("items")
                .forEach(i -> labels.put(i.get("location").get("id").asLong(), i.get("location").get("label").asText()));
        assertThat(labels).containsEntry(enterprise.location1(), "PLT").containsEntry(enterprise.location2(), "Point de service Rosemont");
        var header = api.get(enterprise.admin().login(), agenda(enterprise, enterprise.location2(), doctor));
        assertThat(header.text("/professional/professionalClass")).isEqualTo("PHYSICIAN");
        assertThat(header.text("/access/column")).isEqualTo("LA");
    }

    @Test
    void badAgendaRequestsAreRefusedNamingTheFieldOrNotFound() {
        Enterprise enterprise = enterprise(false);
        Enterprise elsewhere = enterprise(false);
        long doctor = hire(enterprise, person("1"), enterprise.location1());
        Api.Login admin = enterprise.admin().login();

        var negative = api.get(admin, agendas(enterprise) + "?page=-1");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.text("/errors/0/field")).isEqualTo("page");
        var foreignFilter = api.get(admin, agendas(enterprise) + "?locationId=" + elsewhere.location1());
        assertThat(foreignFilter.status()).isEqualTo(400);
        assertThat(foreignFilter.text("/errors/0/field")).isEqualTo("locationId");

        assertThat(api.get(admin, agenda(enterprise, elsewhere.location1(), doctor)).status()).as("another enterprise's location")
                .isEqualTo(404);
        assertThat(api.get(admin, agenda(enterprise, enterprise.location2(), doctor)).status()).as("does not work there").isEqualTo(404);
        assertThat(api.get(admin, agenda(enterprise, enterprise.location1(), enterprise.adminEmployee())).status()).as("not a professional")
                .isEqualTo(404);
    }

    @Test
    void anotherEnterprisesAdministratorDoesNotFindTheAgendas() {
        Enterprise enterprise = enterprise(false);
        Enterprise elsewhere = enterprise(false);
        long doctor = hire(enterprise, person("1"), enterprise.location1());
        Api.Login stranger = elsewhere.admin().login();
        assertThat(api.get(stranger, agendas(enterprise)).status()).isEqualTo(404);
        assertThat(api.get(stranger, agendas(enterprise) + "/default").status()).isEqualTo(404);
        assertThat(api.get(stranger, agenda(enterprise, enterprise.location1(), doctor)).status()).isEqualTo(404);
        assertThat(api.get(stranger, agendas(elsewhere)).body().get("totalItems").asLong()).as("their own enterprise has none").isZero();
    }
}
