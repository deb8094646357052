package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vigie.scheduling.notices.NoticeDrain;
import org.vigie.support.TestMail;

/**
 * What a booking, a move, a cancellation and an Absent mark made through the API tell the patient (R187, R196-R200): the
 * appointment's messages as the clinic reads them (GET …/appointments/{id}/messages), and what reaches the patient's mailbox
 * and phone once the relay has run.
 */
class AppointmentMessagesApiIntegrationTests extends BookingTest {
    @Autowired
    NoticeDrain relay;

    /** A booking reachable by e-mail and SMS at addresses no other test uses. */
    Map<String, Object> reachable(String time) {
        int n = unique();
        Map<String, Object> body = booking(time);
        body.put("email", "patient" + n + "@example.org");
        body.put("mobilePhone", String.format("514-555-%04d", n % 10000));
        body.put("channels", List.of("EMAIL", "SMS"));
        return body;
    }

    List<String> messages(JsonNode appointment) {
        var read = api.get(enterprise.admin().login(), appointments() + "/" + appointment.get("id").asLong() + "/messages");
        assertThat(read.status()).as(read.raw()).isEqualTo(200);
        List<String> kinds = new ArrayList<>();
        read.body().forEach(m -> kinds.add(m.get("kind").asText() + "/" + m.get("channel").asText() + "/" + m.get("status").asText()));
        return kinds;
    }

    List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(TestMail.server().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    List<String> smsTo(String mobilePhone) {
        String e164 = "+1" + mobilePhone.replace("-", "");
        return jdbc.sql("SELECT body FROM sms_message WHERE direction = 'OUT' AND phone = ? ORDER BY id").param(e164).query(String.class).list();
    }

    @Test
    void R187_R196_aBookingAheadIsConfirmedAtOnceAndRemindedOnDMinus3AndDMinus1ThroughEachChannel() throws Exception {
        Map<String, Object> body = reachable("09:15");
        JsonNode a = booked(body).body();
        assertThat(messages(a)).containsExactly("CONFIRMATION/EMAIL/PENDING", "CONFIRMATION/SMS/PENDING", "REMINDER_3D/EMAIL/PENDING",
                "REMINDER_3D/SMS/PENDING", "REMINDER_1D/EMAIL/PENDING", "REMINDER_1D/SMS/PENDING");
        relay.drainDue();
        assertThat(messages(a)).startsWith("CONFIRMATION/EMAIL/SENT", "CONFIRMATION/SMS/SENT").contains("REMINDER_3D/SMS/PENDING");
        List<MimeMessage> mails = mailsTo((String) body.get("email"));
        assertThat(mails).hasSize(1);
        assertThat(String.valueOf(mails.get(0).getContent())).contains(a.get("referenceNumber").asText());
        assertThat(smsTo((String) body.get("mobilePhone")).get(0))
                .isEqualTo("Rendez-vous confirmé pour Julie le 10-02-2027 à 09:15 - " + locationName() + ". Frais de message et de données applicables.");
    }

    @Test
    void R197_aMoveWithdrawsTheWaitingRemindersAndTellsThePatientOfTheNewTime() {
        JsonNode a = booked(reachable("09:15")).body();
        relay.drainDue();
        Map<String, Object> move = reachable("10:00");
        move.put("email", a.get("email").asText());
        move.put("mobilePhone", a.get("mobilePhone").asText());
        move.put("durationMinutes", a.get("durationMinutes").asInt());
        move.put("locationId", a.get("locationId").asLong());
        move.put("version", a.get("version").asInt());
        var moved = api.put(enterprise.admin().login(), appointments() + "/" + a.get("id").asLong(), move);
        assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
        assertThat(messages(a)).containsExactlyInAnyOrder("CONFIRMATION/EMAIL/SENT", "CONFIRMATION/SMS/SENT",
                "REMINDER_3D/EMAIL/CANCELLED", "REMINDER_3D/SMS/CANCELLED", "REMINDER_1D/EMAIL/CANCELLED", "REMINDER_1D/SMS/CANCELLED",
                "MODIFICATION/EMAIL/PENDING", "MODIFICATION/SMS/PENDING", "REMINDER_3D/EMAIL/PENDING", "REMINDER_3D/SMS/PENDING",
                "REMINDER_1D/EMAIL/PENDING", "REMINDER_1D/SMS/PENDING");
        relay.drainDue();
        assertThat(smsTo(a.get("mobilePhone").asText())).last().asString().startsWith("RV modifié Julie 2027-02-10 10:00");
    }

    @Test
    void R198_aCancellationByTheClinicWithdrawsWhatWaitsAndConfirmsTheCancellation() {
        JsonNode a = booked(reachable("09:15")).body();
        var cancelled = api.post(enterprise.admin().login(), appointments() + "/" + a.get("id").asLong() + "/cancellation",
                Map.of("version", a.get("version").asInt()));
        assertThat(cancelled.status()).as(cancelled.raw()).isEqualTo(200);
        relay.drainDue();
        assertThat(messages(a)).contains("CANCELLATION/EMAIL/SENT", "CANCELLATION/SMS/SENT", "REMINDER_1D/SMS/CANCELLED")
                .doesNotContain("REMINDER_3D/SMS/PENDING", "REMINDER_1D/EMAIL/PENDING");
        assertThat(smsTo(a.get("mobilePhone").asText())).last().asString()
                .isEqualTo("Rendez-vous annulé pour Julie le 2027-02-10-09:15 à " + locationName());
    }

    @Test
    void R199_anAppointmentEnteredInThePastTellsThePatientNothing() {
        Map<String, Object> body = reachable("09:15");
        body.put("date", TODAY.minusDays(1).toString());
        body.put("durationMinutes", 15);
        JsonNode a = booked(body).body();
        relay.drainDue();
        assertThat(messages(a)).isEmpty();
        assertThat(mailsTo((String) body.get("email"))).isEmpty();
    }

    @Test
    void R200_anAbsentMarkWhereTheLocationAsksForItSendsTheNoShowMessageADayLaterAndPresentWithdrawsIt() {
        var options = api.put(enterprise.admin().login(), enterprise.path() + "/locations/" + enterprise.location1() + "/options",
                EnterpriseAndEmployeeRulesApiIntegrationTests.options(24, "HOURS"));
        assertThat(options.status()).as(options.raw()).isEqualTo(200);
        Map<String, Object> body = reachable("09:15");
        body.put("date", TODAY.minusDays(1).toString());
        body.put("durationMinutes", 15);
        JsonNode a = booked(body).body();
        String attendance = appointments() + "/" + a.get("id").asLong() + "/attendance";
        var absent = api.put(enterprise.admin().login(), attendance, Map.of("attendance", "ABSENT", "version", 0));
        assertThat(absent.status()).as(absent.raw()).isEqualTo(200);
        assertThat(messages(a)).containsExactly("NO_SHOW/EMAIL/PENDING", "NO_SHOW/SMS/PENDING");
        var present = api.put(enterprise.admin().login(), attendance, Map.of("attendance", "PRESENT", "version", 1));
        assertThat(present.status()).as(present.raw()).isEqualTo(200);
        assertThat(messages(a)).containsExactly("NO_SHOW/EMAIL/CANCELLED", "NO_SHOW/SMS/CANCELLED");
    }

    @Test
    void theMessagesAreReadByWhoMayViewTheAgendaAndByNoOtherEnterprise() {
        JsonNode a = booked(reachable("09:15")).body();
        String path = appointments() + "/" + a.get("id").asLong() + "/messages";
        var read = api.get(reader.login(), path);
        assertThat(read.status()).as(read.raw()).isEqualTo(200);
        assertThat(read.body().get(0).get("recipient").asText()).doesNotContain(a.get("email").asText());
        Enterprise other = enterprise(false);
        assertThat(api.get(other.admin().login(), other.path() + "/appointments/" + a.get("id").asLong() + "/messages").status())
                .isEqualTo(404);
    }

    String locationName() {
        return api.get(enterprise.admin().login(), enterprise.path() + "/locations/" + enterprise.location1()).text("/name");
    }
}
