package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.vigie.scheduling.booking.AppointmentChanged;

/**
 * Modifying, moving, cancelling an appointment and setting its attendance (R204-R217, R227-R231, M6, M17, M18, M20): each at the
 * version read, each publishing {@link AppointmentChanged} inside its transaction.
 */
class AppointmentChangeRulesApiIntegrationTests extends BookingTest {
    @Autowired
    ConfigurableApplicationContext context;

    JsonNode bookedAt(String time) {
        return booked(booking(time)).body();
    }

    /** The booking's fields again, changed: a modification sends the whole appointment with the version read. */
    Map<String, Object> change(JsonNode appointment, String date, String time) {
        Map<String, Object> body = booking(time);
        body.put("date", date);
        body.put("durationMinutes", appointment.get("durationMinutes").asInt());
        body.put("locationId", appointment.get("locationId").asLong());
        body.put("version", appointment.get("version").asInt());
        return body;
    }

    String path(JsonNode appointment) {
        return appointments() + "/" + appointment.get("id").asLong();
    }

    @Test
    void R204_aModificationKeepsThePeriodAndAStaleVersionLoses() {
        JsonNode a = bookedAt("09:15");
        Map<String, Object> body = change(a, DAY, "09:15");
        body.put("clinicNote", "Apporter ses radiographies");
        var modified = api.put(enterprise.admin().login(), path(a), body);
        assertThat(modified.status()).as(modified.raw()).isEqualTo(200);
        assertThat(modified.body().get("version").asInt()).isEqualTo(1);
        assertThat(modified.text("/clinicNote")).isEqualTo("Apporter ses radiographies");
        assertThat(modified.text("/referenceNumber")).isEqualTo(a.get("referenceNumber").asText());
        var before = snapshot();
        var stale = api.put(enterprise.admin().login(), path(a), body);
        refused(stale, 409, null, "Ce rendez-vous vient d'être modifié par quelqu'un d'autre", before);
        assertThat(stale.text("/code")).isEqualTo("appointment.stale");
        body.put("version", 1);
        body.remove("durationMinutes");
        refused(api.put(enterprise.admin().login(), path(a), body), 400, "durationMinutes", null, before);
        refused(api.put(reader.login(), path(a), change(modified.body(), DAY, "09:15")), 403, null, null, before);
    }

    @Test
    void R212_R214_M6_aMoveAheadOntoAnotherAppointmentWarnsAndNeverGoesToThePast() {
        JsonNode first = bookedAt("09:15");
        JsonNode second = bookedAt("10:00");
        var moved = api.put(enterprise.admin().login(), path(second), change(second, DAY, "09:20"));
        assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
        assertThat(moved.text("/warnings/0/code")).isEqualTo("M6");
        assertThat(moved.text("/warnings/0/message")).isEqualTo("Ce rendez-vous est réservé");
        assertThat(moved.text("/time")).isEqualTo("09:20");
        var before = snapshot();
        Map<String, Object> past = change(moved.body(), TODAY.minusDays(1).toString(), "09:20");
        refused(api.put(enterprise.admin().login(), path(second), past), 400, "date", "Un rendez-vous à venir ne se déplace pas dans le passé.",
                before);
        Map<String, Object> elsewhere = change(moved.body(), DAY, "09:20");
        elsewhere.put("locationId", enterprise.location2());
        refused(api.put(enterprise.admin().login(), path(second), elsewhere), 400, "locationId", "Ce rendez-vous tombe dans une plage de", before);
        var untouched = api.get(enterprise.admin().login(), path(first));
        assertThat(untouched.body().get("version").asInt()).as("M6 warns, the booked appointment stays as it was").isZero();
        assertThat(untouched.text("/time")).isEqualTo("09:15");
    }

    @Test
    void R211_R216_M20_aPastAppointmentMovedAheadNeedsPhoneAndChannelAndItsAttendanceResets() {
        Map<String, Object> old = booking("09:15");
        old.put("date", TODAY.minusDays(2).toString());
        old.put("durationMinutes", 15);
        old.remove("mobilePhone");
        old.remove("email");
        old.put("channels", List.of());
        JsonNode past = booked(old).body();
        var present = api.put(enterprise.admin().login(), path(past) + "/attendance", Map.of("attendance", "PRESENT", "version", 0));
        assertThat(present.status()).as(present.raw()).isEqualTo(200);
        assertThat(present.text("/attendance")).isEqualTo("PRESENT");
        Map<String, Object> ahead = change(present.body(), DAY, "09:15");
        ahead.remove("mobilePhone");
        ahead.remove("email");
        ahead.put("channels", List.of());
        var before = snapshot();
        refused(api.put(enterprise.admin().login(), path(past), ahead), 400, "channels",
                "Ce rendez-vous passé est déplacé dans le futur : indiquez au moins un numéro de téléphone et un mode de communication", before);
        ahead.put("channels", List.of("EMAIL"));
        ahead.put("email", "julie@example.org");
        refused(api.put(enterprise.admin().login(), path(past), ahead), 400, "mobilePhone", "Ce rendez-vous passé est déplacé dans le futur", before);
        ahead.put("mobilePhone", "514-555-0142");
        var moved = api.put(enterprise.admin().login(), path(past), ahead);
        assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
        assertThat(moved.text("/attendance")).as("R216").isEqualTo("UNCONFIRMED");
        assertThat(moved.body().get("inSlot").asBoolean()).isTrue();
        var wrong = api.put(enterprise.admin().login(), path(past) + "/attendance", Map.of("attendance", "LATE", "version", 2));
        refused(wrong, 400, "attendance", null, snapshot());
    }

    @Test
    void R227_R229_R230_R231_M18_aCancellationAtTheVersionReadLeavesTheAgendaAndStaysFound() {
        JsonNode a = bookedAt("09:15");
        var before = snapshot();
        refused(api.post(reader.login(), path(a) + "/cancellation", Map.of("version", 0)), 403, null, null, before);
        var stale = api.post(enterprise.admin().login(), path(a) + "/cancellation", Map.of("version", 3));
        refused(stale, 409, null, "enregistrez d'abord vos modifications", before);
        assertThat(stale.text("/code")).isEqualTo("appointment.stale");
        var cancelled = api.post(colleague.login(), path(a) + "/cancellation", Map.of("version", 0));
        assertThat(cancelled.status()).as(cancelled.raw()).isEqualTo(200);
        assertThat(cancelled.text("/status")).isEqualTo("CANCELLED");
        assertThat(cancelled.text("/cancelledBy")).isNotBlank();
        assertThat(cancelled.body().get("mayCancel").asBoolean()).isFalse();
        var agenda = api.get(enterprise.admin().login(), professionalPath(enterprise, professional) + "/agenda?from=2027-02-07&to=2027-02-13");
        assertThat(agenda.body().get("appointments")).as("R227: it leaves the agenda").isEmpty();
        var found = api.get(enterprise.admin().login(), appointments() + "?reference=" + a.get("referenceNumber").asText());
        assertThat(found.body().get(0).get("status").asText()).isEqualTo("CANCELLED");
        var again = snapshot();
        var twice = api.post(enterprise.admin().login(), path(a) + "/cancellation", Map.of("version", 1));
        refused(twice, 409, null, "Ce rendez-vous est annulé.", again);
    }

    @Test
    void R167_aCancellationOrAMoveOfAnAppointmentPastTheWindowIsRefused() {
        Map<String, Object> old = booking("09:15");
        old.put("date", TODAY.minusDays(80).toString());
        old.put("durationMinutes", 15);
        JsonNode a = booked(old).body();
        clock.move(Duration.ofDays(20));
        var before = snapshot();
        refused(api.post(enterprise.admin().login(), path(a) + "/cancellation", Map.of("version", 0)), 400, "date",
                "plus de 90 jours dans le passé", before);
        refused(api.put(enterprise.admin().login(), path(a), change(a, DAY, "09:15")), 400, "date", "plus de 90 jours dans le passé", before);
    }

    @Test
    void R206_R217_R207_M17_theCutoffAndNameHidingStayAsBookedAndAWebBookingWarns() {
        JsonNode a = bookedAt("09:15");
        String cutoff = a.get("cancelCutoff").toString();
        var options = api.put(enterprise.admin().login(), enterprise.path() + "/locations/" + enterprise.location1() + "/options",
                EnterpriseAndEmployeeRulesApiIntegrationTests.options(3, "HOURS"));
        assertThat(options.status()).as(options.raw()).isEqualTo(200);
        var moved = api.put(enterprise.admin().login(), path(a), change(a, DAY, "10:45"));
        assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
        assertThat(moved.body().get("cancelCutoff").toString()).as("R206").isEqualTo(cutoff).doesNotContain("3");
        assertThat(moved.body().get("nameHidden").asBoolean()).as("R217").isFalse();
        assertThat(moved.body().get("warnings")).isEmpty();
        // a web patient's booking (CITIZEN): the patient side is not built yet, so the row is marked as one in the database
        JsonNode web = bookedAt("11:00");
        jdbc.sql("UPDATE clinic_appointment SET author_kind = 'CITIZEN' WHERE id = ?").param(web.get("id").asLong()).update();
        var onto = api.put(enterprise.admin().login(), path(moved.body()), change(moved.body(), DAY, "11:00"));
        assertThat(onto.body().findValuesAsText("code")).as("§9 A46 (b)").containsExactly("M6", "M17");
        assertThat(onto.text("/warnings/1/message")).isEqualTo("Cette période de rendez-vous est réservée par un patient sur le Web.");
        var itself = api.put(enterprise.admin().login(), path(web), change(web, DAY, "11:00"));
        assertThat(itself.body().findValuesAsText("code")).as("§9 A46 (a)").containsExactly("M17");
    }

    @Test
    void everyChangePublishesAppointmentChangedInsideItsTransaction() {
        List<String> seen = new ArrayList<>();
        ApplicationListener<PayloadApplicationEvent<AppointmentChanged>> listener = event -> seen.add(event.getPayload().change() + ":"
                + TransactionSynchronizationManager.isActualTransactionActive() + ":" + (event.getPayload().before() != null));
        context.addApplicationListener(listener);
        try {
            JsonNode a = bookedAt("09:15");
            Map<String, Object> body = change(a, DAY, "09:15");
            body.put("clinicNote", "note");
            JsonNode modified = api.put(enterprise.admin().login(), path(a), body).body();
            JsonNode moved = api.put(enterprise.admin().login(), path(a), change(modified, DAY, "10:30")).body();
            JsonNode marked = api.put(enterprise.admin().login(), path(a) + "/attendance", Map.of("attendance", "ABSENT", "version",
                    moved.get("version").asInt())).body();
            assertThat(api.post(enterprise.admin().login(), path(a) + "/cancellation", Map.of("version", marked.get("version").asInt()))
                    .status()).isEqualTo(200);
        } finally {
            context.removeApplicationListener(listener);
        }
        assertThat(seen).containsExactly("BOOKED:true:false", "MODIFIED:true:true", "MOVED:true:true", "ATTENDANCE:true:true",
                "CANCELLED:true:true");
    }
}
