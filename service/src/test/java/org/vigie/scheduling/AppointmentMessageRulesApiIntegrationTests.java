package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vigie.scheduling.notices.NoticeDrain;
import org.vigie.support.TestMail;

/**
 * What reaches the patient, rule by rule (issue 17, §3.1.2, §3.1.4, §3.3, §3.5.2, §3.5.3, §4.28): the location's details and
 * never the enterprise's phone (R17, R23), each channel (R194), the short code and the language of SMS (R201), the clinic's
 * note kept from the patient and the patient's note kept from the clinic (R186), and the hide-name option leaving saved
 * appointments and their messages alone (R205).
 */
class AppointmentMessageRulesApiIntegrationTests extends BookingTest {
    static final String LOCATION_PHONE = "514-555-0100";
    static final String ENTERPRISE_PHONE = "418-555-0777";

    @Autowired
    NoticeDrain relay;

    /** A booking reachable through every channel at addresses no other test uses. */
    Map<String, Object> reachable(String time) {
        int n = unique();
        Map<String, Object> body = booking(time);
        body.put("email", "patient" + n + "@example.org");
        body.put("mobilePhone", String.format("514-556-%04d", n % 10000));
        body.put("homePhone", String.format("450-556-%04d", n % 10000));
        body.put("channels", List.of("EMAIL", "SMS", "VOICE_CALL"));
        return body;
    }

    static String e164(Object phone) {
        return "+1" + String.valueOf(phone).replace("-", "");
    }

    List<String> mailsTo(Object address) throws Exception {
        List<String> bodies = new ArrayList<>();
        for (MimeMessage m : TestMail.server().getReceivedMessages()) {
            if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address))) {
                bodies.add(m.getSubject() + "\n" + m.getContent());
            }
        }
        return bodies;
    }

    List<String> smsTo(Object mobilePhone) {
        return jdbc.sql("SELECT body FROM sms_message WHERE direction = 'OUT' AND phone = ? ORDER BY id").param(e164(mobilePhone))
                .query(String.class).list();
    }

    List<String> callsTo(Object homePhone) {
        return jdbc.sql("SELECT script FROM voice_call WHERE phone = ? ORDER BY id").param(e164(homePhone)).query(String.class).list();
    }

    String messages(JsonNode appointment) {
        var read = api.get(enterprise.admin().login(), appointments() + "/" + appointment.get("id").asLong() + "/messages");
        assertThat(read.status()).as(read.raw()).isEqualTo(200);
        return read.raw();
    }

    @Test
    void R17_theEnterprisesPhoneNeverReachesPatientsTheLocationsDoes() throws Exception {
        var contact = api.patch(enterprise.admin().login(), enterprise.path(), Map.of("phone", ENTERPRISE_PHONE));
        assertThat(contact.status()).as(contact.raw()).isEqualTo(200);
        assertThat(contact.text("/phone")).isEqualTo(ENTERPRISE_PHONE);
        Map<String, Object> body = reachable("09:15");
        JsonNode a = booked(body).body();
        relay.drainDue();
        List<String> received = new ArrayList<>(mailsTo(body.get("email")));
        assertThat(received).hasSize(1);
        assertThat(received.get(0)).as("M-P4 and the details: the location's phone").contains(LOCATION_PHONE);
        received.addAll(smsTo(body.get("mobilePhone")));
        received.addAll(callsTo(body.get("homePhone")));
        assertThat(received).hasSizeGreaterThanOrEqualTo(3).noneMatch(text -> text.contains(ENTERPRISE_PHONE) || text.contains("4185550777"));
        assertThat(messages(a)).doesNotContain(ENTERPRISE_PHONE);
    }

    @Test
    void R23_theConfirmationEmailCarriesTheLocationsNameAddressAndPhone() throws Exception {
        Map<String, Object> body = reachable("09:15");
        booked(body);
        relay.drainDue();
        List<String> mails = mailsTo(body.get("email"));
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0)).contains("Clinique du Plateau", "1000", "rue Sherbrooke Est", "Montréal", "QC", "H2L 1L3", LOCATION_PHONE);
    }

    @Test
    void R23_theSmsCarriesTheLocationsName() {
        Map<String, Object> body = reachable("09:15");
        booked(body);
        relay.drainDue();
        String enterpriseName = api.get(enterprise.admin().login(), enterprise.path()).text("/name");
        assertThat(smsTo(body.get("mobilePhone"))).first().asString().contains("- Clinique du Plateau.").doesNotContain(enterpriseName);
    }

    @Test
    void R194_eachChannelReachesThePatientByEmailSmsAndAutomatedCall() throws Exception {
        Map<String, Object> body = reachable("09:15");
        JsonNode a = booked(body).body();
        relay.drainDue();
        assertThat(mailsTo(body.get("email"))).hasSize(1).first().asString().contains(a.get("referenceNumber").asText());
        assertThat(smsTo(body.get("mobilePhone"))).isNotEmpty().first().asString().startsWith("Rendez-vous confirmé pour Julie le 10-02-2027 à 09:15");
        assertThat(callsTo(body.get("homePhone"))).hasSize(1).first().asString().contains("Julie", "est confirmé");
        assertThat(count("appointment_notice", "appointment_id = ? AND kind = 'CONFIRMATION' AND status = 'SENT'", a.get("id").asLong()))
                .isEqualTo(3);
    }

    @Test
    void R201_smsComeFromTheShortCode64636AndInEnglishWhenTheAppointmentIsInEnglish() {
        Map<String, Object> body = reachable("09:15");
        body.put("channels", List.of("SMS"));
        body.put("language", "EN");
        booked(body);
        relay.drainDue();
        assertThat(jdbc.sql("SELECT short_code FROM sms_message WHERE direction = 'OUT' AND phone = ?").param(e164(body.get("mobilePhone")))
                .query(String.class).list()).isNotEmpty().containsOnly("64636");
        assertThat(smsTo(body.get("mobilePhone")).get(0)).startsWith("Appointment confirmed for Julie on 10-02-2027 at 09:15");
        Map<String, Object> french = reachable("10:00");
        french.put("channels", List.of("SMS"));
        booked(french);
        relay.drainDue();
        assertThat(smsTo(french.get("mobilePhone")).get(0)).startsWith("Rendez-vous confirmé pour Julie");
    }

    @Test
    void R186_theClinicNoteStaysWithTheClinicAndThePatientNoteIsNotTheClinicsToWrite() throws Exception {
        Map<String, Object> body = reachable("09:15");
        body.put("patientNote", "Écrit par la clinique");
        var before = snapshot();
        refused(book(enterprise.admin().login(), body), 400, "patientNote", "Champ inconnu : patientNote.", before);
        body.remove("patientNote");
        body.put("clinicNote", "Patient anxieux, prévoir du temps");
        JsonNode a = booked(body).body();
        assertThat(a.get("clinicNote").asText()).isEqualTo("Patient anxieux, prévoir du temps");
        assertThat(a.hasNonNull("patientNote")).as("nobody wrote one").isFalse();
        Map<String, Object> modify = new HashMap<>(body);
        modify.put("version", a.get("version").asInt());
        modify.put("durationMinutes", a.get("durationMinutes").asInt());
        modify.put("patientNote", "Écrit par la clinique");
        var unchanged = snapshot();
        refused(api.put(enterprise.admin().login(), appointments() + "/" + a.get("id").asLong(), modify), 400, "patientNote",
                "Champ inconnu : patientNote.", unchanged);
        relay.drainDue();
        List<String> received = new ArrayList<>(mailsTo(body.get("email")));
        received.addAll(smsTo(body.get("mobilePhone")));
        received.addAll(callsTo(body.get("homePhone")));
        assertThat(received).hasSizeGreaterThanOrEqualTo(3).noneMatch(text -> text.contains("anxieux"));
    }

    @Test
    void R205_theHideNameOptionChangesNoSavedAppointmentAndWritesNoMessage() {
        JsonNode a = booked(reachable("09:15")).body();
        String path = appointments() + "/" + a.get("id").asLong();
        String read = api.get(enterprise.admin().login(), path).raw();
        String messages = messages(a);
        long notices = count("appointment_notice", "enterprise_id = ?", enterprise.id());
        Map<String, Object> options = new HashMap<>(EnterpriseAndEmployeeRulesApiIntegrationTests.options(0, "HOURS"));
        options.put("hideProfessionalNameGen", true);
        var changed = api.put(enterprise.admin().login(), enterprise.path() + "/locations/" + enterprise.location1() + "/options", options);
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        var after = api.get(enterprise.admin().login(), path);
        assertThat(after.body().get("nameHidden").asBoolean()).isFalse();
        assertThat(after.body().get("version").asInt()).isEqualTo(a.get("version").asInt());
        assertThat(after.raw()).isEqualTo(read);
        assertThat(messages(a)).isEqualTo(messages);
        assertThat(count("appointment_notice", "enterprise_id = ?", enterprise.id())).isEqualTo(notices);
        Map<String, Object> next = booking("10:00");
        assertThat(booked(next).body().get("type").asText()).isEqualTo("GEN");
    }
}
