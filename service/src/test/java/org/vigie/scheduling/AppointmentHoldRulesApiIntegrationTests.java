package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Staff holds on a period (R172, R173, M16, M16b, §9 A35). A hold expires in database time (UTC_TIMESTAMP(3), the same for
 * every instance), not on the service's clock: the tests cannot move it with the TestClock and must not wait five minutes, so
 * they age a hold by moving its created_at and expires_at back in the database, as time would.
 */
class AppointmentHoldRulesApiIntegrationTests extends BookingTest {

    /** Moves the hold's times back as if this many seconds had passed. */
    void age(long holdId, long seconds) {
        jdbc.sql("UPDATE clinic_hold SET created_at = created_at - INTERVAL ? SECOND, expires_at = expires_at - INTERVAL ? SECOND WHERE id = ?")
                .params(seconds, seconds, holdId).update();
    }

    @Test
    void R172_aHoldKeepsThePeriodFiveMinutesOfDatabaseTimeAndTellsWhenItMayBeExtended() {
        var held = api.post(enterprise.admin().login(), holds(), hold(professional, DAY, "09:15", 15));
        assertThat(held.status()).as(held.raw()).isEqualTo(201);
        Instant expires = Instant.parse(held.text("/expiresAt"));
        Instant database = jdbc.sql("SELECT UTC_TIMESTAMP(3)").query(java.sql.Timestamp.class).single().toInstant();
        assertThat(Duration.between(database, expires)).isBetween(Duration.ofSeconds(290), Duration.ofSeconds(300));
        assertThat(Instant.parse(held.text("/extensionFrom"))).isEqualTo(expires.minusSeconds(30));
        assertThat(held.body().get("warnings")).isEmpty();
        assertThat(held.text("/extensionMessage")).startsWith("La période que vous retenez sera libérée dans moins de 30 secondes");
        assertThat(count("clinic_hold", "id = ? AND holder_employee_id = ? AND location_id = ? AND local_start = '09:15:00'",
                held.body().get("id").asLong(), enterprise.adminEmployee(), enterprise.location1())).isEqualTo(1);
    }

    @Test
    void R172_M16_aColleaguesHoldOfTheSamePeriodIsAWarningAndBothAreHeld() {
        var first = api.post(enterprise.admin().login(), holds(), hold(professional, DAY, "09:15", 15));
        assertThat(first.status()).isEqualTo(201);
        var second = api.post(colleague.login(), holds(), hold(professional, DAY, "09:20", 30));
        assertThat(second.status()).as(second.raw()).isEqualTo(201);
        assertThat(second.text("/warnings/0/code")).isEqualTo("M16");
        assertThat(second.text("/warnings/0/message")).startsWith("Un collègue est en train de réserver cette période")
                .contains("10 février 2027").contains("9 h 20");
        var mine = api.post(enterprise.admin().login(), holds(), hold(professional, DAY, "09:15", 15));
        assertThat(mine.text("/warnings/0/code")).as("the colleague's hold is seen by the first holder too").isEqualTo("M16");
        var elsewhere = api.post(colleague.login(), holds(), hold(professional, DAY, "10:00", 15));
        assertThat(elsewhere.body().get("warnings")).as("another period").isEmpty();
        var booked = book(colleague.login(), booking("09:15"));
        assertThat(booked.status()).as(booked.raw()).isEqualTo(201);
        assertThat(booked.text("/warnings/0/code")).as("booking a period a colleague holds warns too").isEqualTo("M16");
        assertThat(count("clinic_hold", "professional_id = ?", professional)).isEqualTo(4);
    }

    @Test
    void R172_anExpiredOrReleasedHoldWarnsNobody() {
        long first = api.post(enterprise.admin().login(), holds(), hold(professional, DAY, "09:15", 15)).body().get("id").asLong();
        age(first, 301);
        assertThat(api.post(colleague.login(), holds(), hold(professional, DAY, "09:15", 15)).body().get("warnings")).isEmpty();
        long second = api.post(enterprise.admin().login(), holds(), hold(professional, DAY, "10:15", 15)).body().get("id").asLong();
        assertThat(api.delete(colleague.login(), holds() + "/" + second).status()).as("the holder's only").isEqualTo(403);
        assertThat(api.delete(enterprise.admin().login(), holds() + "/" + second).status()).isEqualTo(204);
        assertThat(api.post(colleague.login(), holds(), hold(professional, DAY, "10:15", 15)).body().get("warnings")).isEmpty();
        assertThat(count("clinic_hold", "id = ? AND released_at IS NOT NULL", second)).isEqualTo(1);
    }

    @Test
    void R173_M16b_onlyTheHolderExtendsOnlyInTheLast30SecondsAtMostThreeTimes() {
        long id = api.post(enterprise.admin().login(), holds(), hold(professional, DAY, "09:15", 15)).body().get("id").asLong();
        String extension = holds() + "/" + id + "/extension";
        var before = snapshot();
        var early = api.post(enterprise.admin().login(), extension, null);
        refused(early, 409, null, "Une période retenue se prolonge seulement dans ses 30 dernières secondes.", before);
        assertThat(early.text("/code")).isEqualTo("hold.extension.early");
        age(id, 280);
        var other = snapshot();
        refused(api.post(colleague.login(), extension, null), 403, null,
                "Seul le membre du personnel ou le logiciel de gestion d'agendas (LCGA) qui retient cette période", other);
        for (int i = 1; i <= 3; i++) {
            var extended = api.post(enterprise.admin().login(), extension, null);
            assertThat(extended.status()).as(extended.raw()).isEqualTo(200);
            assertThat(extended.body().get("extensionsLeft").asInt()).isEqualTo(3 - i);
            Instant database = jdbc.sql("SELECT UTC_TIMESTAMP(3)").query(java.sql.Timestamp.class).single().toInstant();
            assertThat(Duration.between(database, Instant.parse(extended.text("/expiresAt")))).as("five minutes again")
                    .isBetween(Duration.ofSeconds(290), Duration.ofSeconds(300));
            age(id, 280);
        }
        var exhausted = snapshot();
        var fourth = api.post(enterprise.admin().login(), extension, null);
        refused(fourth, 409, null, "Cette période a déjà été prolongée 3 fois : c'est le maximum.", exhausted);
        assertThat(fourth.text("/code")).isEqualTo("hold.extension.exhausted");
        age(id, 60);
        var expired = api.post(enterprise.admin().login(), extension, null);
        assertThat(expired.status()).isEqualTo(409);
        assertThat(expired.text("/code")).isEqualTo("hold.notActive");
    }

    @Test
    void R61_aReaderHoldsNothing() {
        var before = snapshot();
        var refused = api.post(reader.login(), holds(), hold(professional, DAY, "09:15", 15));
        refused(refused, 403, null, "Votre profil ne permet pas de : réserver, modifier, déplacer ou annuler un rendez-vous.", before);
        assertThat(holdCount()).isZero();
        refused(api.post(enterprise.admin().login(), holds(), hold(professional, DAY, "09:15", 0)), 400, "durationMinutes", null, before);
    }

    @Test
    void R172_theHoldersBookingUsesTheHoldUpAndNoOneElsesMay() {
        long id = api.post(colleague.login(), holds(), hold(professional, DAY, "09:15", 15)).body().get("id").asLong();
        Map<String, Object> body = booking("09:15");
        body.put("holdId", id);
        var before = snapshot();
        refused(book(enterprise.admin().login(), body), 400, "holdId",
                "Seul le membre du personnel ou le logiciel de gestion d'agendas (LCGA) qui retient cette période", before);
        var booked = book(colleague.login(), body);
        assertThat(booked.status()).as(booked.raw()).isEqualTo(201);
        assertThat(booked.body().get("warnings")).as("one's own hold warns nobody").isEmpty();
        assertThat(count("clinic_hold", "id = ? AND consumed_at IS NOT NULL AND appointment_id = ?", id, booked.body().get("id").asLong()))
                .isEqualTo(1);
        var again = snapshot();
        refused(book(colleague.login(), body), 400, "holdId", "Cette période n'est plus retenue", again);
    }
}
