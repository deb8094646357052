package org.vigie.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigie.support.Api;
import org.vigie.support.ApiTest;

/**
 * Lists that grow come in pages (page from 0, size, total) in a stable order; staff find a member by name, e-mail or number
 * among their regulator's members only.
 */
class PagedListsApiIntegrationTests extends ApiTest {

    private long member(String first, String last, String email, String number) {
        var created = api.post(Api.admin(), "/api/members", Map.of("firstName", first, "lastName", last, "email", email,
                "password", Api.PASSWORD, "membership", Map.of("regulator", "otpq", "number", number)));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    @Test
    void staffFindTheirRegulatorsMembersByNameEmailOrNumberAPageAtATime() {
        String family = "Zorzi" + UUID.randomUUID().toString().substring(0, 6);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long beatrice = member("Béatrice", family, "bea-" + tag + "@example.org", "B" + tag);
        long aurele = member("Aurèle", family, "aurele-" + tag + "@example.org", "A" + tag);
        long celine = member("Céline", family + "-Roy", "celine-" + tag + "@example.org", "C" + tag);
        Api.Login staff = api.newStaff("otpq");

        var all = api.get(staff, "/api/regulators/otpq/members?q=" + family.toLowerCase());
        assertThat(all.status()).as(all.raw()).isEqualTo(200);
        assertThat(all.body().get("total").asLong()).isEqualTo(3);
        assertThat(all.body().get("items").findValuesAsText("firstName")).as("by last name, then first name")
                .containsExactly("Aurèle", "Béatrice", "Céline");
        var second = api.get(staff, "/api/regulators/otpq/members?q=" + family + "&page=1&size=2");
        assertThat(second.body().get("items")).extracting(m -> m.get("id").asLong()).containsExactly(celine);
        assertThat(second.body().get("page").asInt()).isEqualTo(1);
        assertThat(second.body().get("size").asInt()).isEqualTo(2);
        assertThat(second.body().get("total").asLong()).isEqualTo(3);

        assertThat(ids(staff, "beatrice " + family)).as("the full name, accents aside").containsExactly(beatrice);
        assertThat(ids(staff, "AURELE-" + tag + "@EXAMPLE")).as("part of the e-mail, case aside").containsExactly(aurele);
        assertThat(ids(staff, "C" + tag)).as("the number").containsExactly(celine);
        assertThat(ids(staff, "100%_" + tag)).as("% and _ are letters, not wildcards").isEmpty();

        assertThat(api.get(api.newStaff("oiiq"), "/api/regulators/otpq/members?q=" + family).status()).isEqualTo(403);
        assertThat(api.get(api.newMember().login(), "/api/regulators/otpq/members").status()).isEqualTo(403);
        assertThat(api.get(staff, "/api/regulators/nobody/members").status()).isEqualTo(404);
        var badPage = api.get(staff, "/api/regulators/otpq/members?page=-1");
        assertThat(badPage.status()).isEqualTo(400);
        assertThat(badPage.text("/errors/0/field")).isEqualTo("page");
        var badSize = api.get(staff, "/api/regulators/otpq/members?size=201");
        assertThat(badSize.status()).isEqualTo(400);
        assertThat(badSize.text("/errors/0/field")).isEqualTo("size");
    }

    @Test
    void aMembersDeclarationsAndExemptionsComeNewestFirstInPages() {
        Api.MemberLogin member = api.newMember();
        String path = "/api/members/" + member.id() + "/declarations";
        for (String title : List.of("Premier", "Deuxième", "Troisième")) {
            Map<String, Object> declaration = Api.declaration("structured", "congress", 1);
            declaration.put("title", title);
            clock.move(java.time.Duration.ofMinutes(1));
            assertThat(api.post(member.login(), path, declaration).status()).isEqualTo(201);
        }
        var first = api.get(member.login(), path + "?size=2");
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(first.body().get("items").findValuesAsText("title")).containsExactly("Troisième", "Deuxième");
        assertThat(first.body().get("total").asLong()).isEqualTo(3);
        assertThat(api.get(member.login(), path + "?page=1&size=2").body().get("items").findValuesAsText("title"))
                .containsExactly("Premier");
        assertThat(api.get(member.login(), path + "?page=2&size=2").body().get("items")).isEmpty();
        assertThat(api.get(member.login(), "/api/members/" + member.id() + "/exemptions").body().get("total").asLong()).isZero();
        assertThat(api.get(api.newMember().login(), path).status()).as("another member's list").isEqualTo(403);
    }

    private List<Long> ids(Api.Login staff, String query) {
        var found = api.get(staff, "/api/regulators/otpq/members?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(found.status()).as(found.raw()).isEqualTo(200);
        return found.body().get("items").findValues("id").stream().map(v -> v.asLong()).toList();
    }
}
