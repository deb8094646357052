package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.vigie.support.Api;

/** Work groups of a GMF (R241-R247) and what deleting an employee does to them (R47, R48), through the API. */
class WorkGroupRulesApiIntegrationTests extends ClinicTest {

    String groups(Enterprise enterprise) {
        return enterprise.path() + "/work-groups";
    }

    static Map<String, Object> group(List<Long> members, List<Long> relay1, List<Long> relay2) {
        return new HashMap<>(Map.of("members", members, "relayTeam1", relay1, "relayTeam2", relay2));
    }

    long create(Enterprise enterprise, Map<String, Object> group) {
        var created = api.post(enterprise.admin().login(), groups(enterprise), group);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    static List<Long> ids(JsonNode professionals) {
        return professionals.findValues("id").stream().map(JsonNode::asLong).toList();
    }

    @Test
    void R241_workGroupsExistOnlyInAGmf() {
        Enterprise clinic = enterprise(false);
        long doctor = hire(clinic, person("1"), clinic.location1());
        var refused = api.post(clinic.admin().login(), groups(clinic), group(List.of(doctor), List.of(), List.of()));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("/detail")).isEqualTo("Les groupes de travail n'existent que dans une entreprise qui est un GMF.");
        assertThat(api.get(clinic.admin().login(), groups(clinic)).status()).isEqualTo(409);
    }

    @Test
    void R242_onlyLocalAdministratorsAndSuperUsersManageThemEveryoneElseReads() {
        Enterprise gmf = enterprise(true);
        Person doctor = person("1");
        long professional = hire(gmf, doctor, gmf.location1());
        Person superUser = person(null);
        superUser(gmf, superUser);
        assertThat(api.post(doctor.login(), groups(gmf), group(List.of(professional), List.of(), List.of())).status()).isEqualTo(403);
        assertThat(api.post(superUser.login(), groups(gmf), group(List.of(professional), List.of(), List.of())).status()).isEqualTo(201);
        assertThat(ids(api.get(doctor.login(), groups(gmf)).body().get("groups").get(0).get("members"))).containsExactly(professional);
    }

    @Test
    void R243_R245_aGroupHasAtLeastOneProfessionalAndUpToTwoRelayTeamsOfPhysiciansResidentsOrNursePractitioners() {
        Enterprise gmf = enterprise(true);
        long physician = hire(gmf, person("1"), gmf.location1());
        long resident = hire(gmf, person("5"), gmf.location1());
        long nurse = hire(gmf, person("81"), gmf.location2());
        long receptionist = hire(gmf, person(null), gmf.location1());
        Enterprise elsewhere = enterprise(true);
        long other = hire(elsewhere, person("1"), elsewhere.location1());
        var empty = api.post(gmf.admin().login(), groups(gmf), group(List.of(), List.of(physician), List.of()));
        assertThat(empty.text("/errors/0/field")).isEqualTo("members");
        var staff = api.post(gmf.admin().login(), groups(gmf), group(List.of(physician), List.of(receptionist), List.of()));
        assertThat(staff.status()).isEqualTo(400);
        assertThat(staff.text("/errors/0/field")).isEqualTo("relayTeam1");
        assertThat(staff.text("/errors/0/message")).startsWith("Seuls les médecins de famille, les résidents en médecine familiale");
        assertThat(api.post(gmf.admin().login(), groups(gmf), group(List.of(other), List.of(), List.of())).text("/errors/0/field"))
                .as("another enterprise's professional").isEqualTo("members");
        long withTeams = create(gmf, group(List.of(physician, resident), List.of(nurse), List.of(physician)));
        var saved = api.get(gmf.admin().login(), groups(gmf)).body().get("groups").get(0);
        assertThat(saved.get("id").asLong()).isEqualTo(withTeams);
        assertThat(ids(saved.get("relayTeam1"))).containsExactly(nurse);
        assertThat(ids(saved.get("relayTeam2"))).as("a member may be in a relay team (§9 A11)").containsExactly(physician);
        create(gmf, group(List.of(nurse), List.of(), List.of()));
        assertThat(count("clinic_work_group", "enterprise_id = ?", gmf.id())).as("no relay team is allowed").isEqualTo(2);
    }

    @Test
    void R244_noTwoGroupsHaveTheSameProfessionals() {
        Enterprise gmf = enterprise(true);
        long a = hire(gmf, person("1"), gmf.location1());
        long b = hire(gmf, person("1"), gmf.location1());
        create(gmf, group(List.of(a, b), List.of(), List.of()));
        var twin = api.post(gmf.admin().login(), groups(gmf), group(List.of(b, a), List.of(a), List.of()));
        assertThat(twin.status()).isEqualTo(409);
        assertThat(twin.text("/detail")).isEqualTo("Un autre groupe de travail réunit déjà exactement ces professionnels.");
        long onlyA = create(gmf, group(List.of(a), List.of(b), List.of()));
        assertThat(api.put(gmf.admin().login(), groups(gmf) + "/" + onlyA, group(List.of(a, b), List.of(), List.of())).status())
                .as("nor by changing one").isEqualTo(409);
        assertThat(count("clinic_work_group", "enterprise_id = ?", gmf.id())).isEqualTo(2);
    }

    @Test
    void R246_R247_professionalsInNoGroupAreListedApartAndSavingAGroupReplacesItsLists() {
        Enterprise gmf = enterprise(true);
        long a = hire(gmf, person("1"), gmf.location1());
        long b = hire(gmf, person("5"), gmf.location1());
        long c = hire(gmf, person("81"), gmf.location1());
        long group = create(gmf, group(List.of(a, b), List.of(c), List.of()));
        assertThat(ids(api.get(gmf.admin().login(), groups(gmf)).body().get("withoutGroup"))).containsExactly(c);
        var replaced = api.put(gmf.admin().login(), groups(gmf) + "/" + group, group(List.of(c), List.of(a, b), List.of(a)));
        assertThat(replaced.status()).as(replaced.raw()).isEqualTo(200);
        assertThat(ids(replaced.body().get("members"))).containsExactly(c);
        assertThat(ids(replaced.body().get("relayTeam1"))).containsExactlyInAnyOrder(a, b);
        assertThat(ids(api.get(gmf.admin().login(), groups(gmf)).body().get("withoutGroup"))).containsExactlyInAnyOrder(a, b);
        assertThat(api.delete(gmf.admin().login(), groups(gmf) + "/" + group).status()).isEqualTo(200);
        assertThat(api.get(gmf.admin().login(), groups(gmf)).body().get("groups")).isEmpty();
    }

    @Test
    void R47_deletingTheOnlyMemberOfAGroupDeletesTheGroupOnceConfirmed() {
        Enterprise gmf = enterprise(true);
        long alone = hire(gmf, person("1"), gmf.location1());
        long other = hire(gmf, person("1"), gmf.location1());
        create(gmf, group(List.of(alone), List.of(other), List.of()));
        long shared = create(gmf, group(List.of(alone, other), List.of(), List.of(alone)));
        var unconfirmed = api.delete(gmf.admin().login(), employeePath(gmf, alone));
        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(unconfirmed.text("/errors/0/field")).isEqualTo("confirmed");
        assertThat(unconfirmed.text("/errors/0/message")).contains("seul membre de 1 groupe de travail");
        assertThat(count("clinic_work_group", "enterprise_id = ?", gmf.id())).as("nothing happened").isEqualTo(2);

        assertThat(api.delete(gmf.admin().login(), employeePath(gmf, alone) + "?confirmed=true").status()).isEqualTo(200);
        var left = api.get(gmf.admin().login(), groups(gmf)).body().get("groups");
        assertThat(left).hasSize(1);
        assertThat(left.get(0).get("id").asLong()).isEqualTo(shared);
        assertThat(ids(left.get(0).get("members"))).as("out of the other group too").containsExactly(other);
        assertThat(ids(left.get(0).get("relayTeam2"))).as("and of its relay team").isEmpty();
    }

    @Test
    void R48_deletingAnEmployeeIsRefusedWhileItWouldLeaveTwoIdenticalGroups() {
        Enterprise gmf = enterprise(true);
        long a = hire(gmf, person("1"), gmf.location1());
        long b = hire(gmf, person("1"), gmf.location1());
        long c = hire(gmf, person("1"), gmf.location1());
        create(gmf, group(List.of(a, b), List.of(), List.of()));
        create(gmf, group(List.of(a, b, c), List.of(), List.of()));
        var refused = api.delete(gmf.admin().login(), employeePath(gmf, c) + "?confirmed=true");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("/detail")).isEqualTo("Retirer ce professionnel laisserait deux groupes de travail identiques : modifiez d'abord les groupes.");
        assertThat(api.get(gmf.admin().login(), employeePath(gmf, c)).body().path("deletedAt").isMissingNode()
                || api.get(gmf.admin().login(), employeePath(gmf, c)).body().path("deletedAt").isNull()).as("still there").isTrue();
        assertThat(api.delete(gmf.admin().login(), employeePath(gmf, a) + "?confirmed=true").status())
                .as("removing one they share leaves {b} and {b, c}: allowed").isEqualTo(200);
        assertThat(api.get(Api.admin(), groups(gmf)).body().get("groups")).hasSize(2);
    }
}
