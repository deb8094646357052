package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.scheduling.booking.AppointmentChanged.Change;
import org.vigie.scheduling.booking.AppointmentFacts;

/**
 * What a patient receives when the clinic books, moves, cancels or marks an appointment (R187, R196-R200, R178, R250, §4.28):
 * the change is published as booking publishes it, the relay drained, and the e-mails, SMS and calls read as they arrived.
 */
class AppointmentNoticesIntegrationTests extends NoticeTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    @BeforeEach
    void monday() {
        clock.today(TODAY); // noon in Montréal
    }

    @Test
    void R187_aBookingInTheFutureIsConfirmedOnceThroughEachChosenChannel() {
        Appt a = new Appt().at(LocalDateTime.of(2027, 3, 8, 14, 30)).channels("EMAIL", "SMS", "VOICE_CALL");
        book(a);
        assertThat(notices(a)).containsExactly("CONFIRMATION/EMAIL/PENDING", "CONFIRMATION/SMS/PENDING", "CONFIRMATION/VOICE_CALL/PENDING",
                "REMINDER_3D/EMAIL/PENDING", "REMINDER_3D/SMS/PENDING", "REMINDER_3D/VOICE_CALL/PENDING",
                "REMINDER_1D/EMAIL/PENDING", "REMINDER_1D/SMS/PENDING", "REMINDER_1D/VOICE_CALL/PENDING");
        relay.drainDue();
        relay.drainDue();

        List<MimeMessage> mails = mailsTo(a.email);
        assertThat(mails).hasSize(1);
        assertThat(subject(mails.get(0))).isEqualTo("Rendez-vous confirmé le 8 mars 2027 à 14 h 30");
        assertThat(content(mails.get(0))).contains("Bonjour Julie,<br>votre rendez-vous avec Dre Marie Gagnon est confirmé le 8 mars 2027 à 14 h 30.",
                "Clinique du Plateau<br>1000, rue Sherbrooke Est, Montréal (Québec) H2L 1L3<br>Téléphone : 514-555-0100<br>Numéro de référence : "
                        + a.reference,
                "Pour annuler le rendez-vous ou modifier vos coordonnées : https://rvsq.gouv.qc.ca/?r=" + a.reference + "&amp;l=f");
        assertThat(smsTo(a.mobileE164())).containsExactly(
                "Rendez-vous confirmé pour Julie le 08-03-2027 à 14:30 - Clinique du Plateau. Frais de message et de données applicables.",
                "Si vous souhaitez annuler le RV : https://rvsq.gouv.qc.ca/?r=" + a.reference + "&l=f. Textez ARRET pour annuler la réception de textos.");
        assertThat(callsTo(a.homeE164())).containsExactly(
                "Bonjour, ici Rendez-vous santé Québec. Le rendez-vous de Julie à Clinique Santé Plateau est confirmé le 8 mars 2027 à 14 h 30.");
        assertThat(count("sms_message", "phone = ? AND short_code = '64636'", a.mobileE164())).as("from the short code (R201)").isEqualTo(2);
        assertThat(notices(a)).startsWith("CONFIRMATION/EMAIL/SENT", "CONFIRMATION/SMS/SENT", "CONFIRMATION/VOICE_CALL/SENT");
    }

    @Test
    void R187_theMessagesAreWrittenInTheBookingsTransactionAndGoWithItsRollback() {
        Appt a = new Appt().at(LocalDateTime.of(2027, 3, 8, 14, 30)).channels("EMAIL", "SMS");
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publishEvent(new org.vigie.scheduling.booking.AppointmentChanged(Change.BOOKED, a.facts(), null, clock.instant()));
            assertThat(notices(a)).as("written by the listener, inside the booking's transaction").hasSize(6);
            status.setRollbackOnly(); // the booking failed after publishing
        });
        relay.drainDue();
        assertThat(notices(a)).isEmpty();
        assertThat(mailsTo(a.email)).isEmpty();
    }

    @Test
    void R199_aBookingWhoseStartIsPastSendsNothing() {
        Appt a = new Appt().at(LocalDateTime.of(2027, 2, 26, 9, 0)).channels("EMAIL", "SMS");
        book(a);
        relay.drainDue();
        assertThat(notices(a)).isEmpty();
        assertThat(mailsTo(a.email)).isEmpty();
        assertThat(smsTo(a.mobileE164())).isEmpty();
    }

    @Test
    void R196_A28_remindersGoOutOnTheCalendarDaysDMinus3AndDMinus1AtTenInTheLocationsZone() {
        Appt a = new Appt().at(LocalDateTime.of(2027, 3, 8, 8, 15)).channels("SMS");
        a.zone = ZoneId.of("America/Halifax"); // Îles-de-la-Madeleine: 10 h there is 9 h in Montréal
        book(a);
        assertThat(due(a, "REMINDER_3D", "SMS")).isEqualTo(LocalDateTime.of(2027, 3, 5, 10, 0).atZone(a.zone).toInstant());
        assertThat(due(a, "REMINDER_1D", "SMS")).isEqualTo(LocalDateTime.of(2027, 3, 7, 10, 0).atZone(a.zone).toInstant());

        timeIs(LocalDateTime.of(2027, 3, 5, 9, 59).atZone(a.zone).toInstant());
        relay.drainDue();
        assertThat(smsTo(a.mobileE164())).as("the confirmation only").hasSize(2);
        timeIs(LocalDateTime.of(2027, 3, 5, 10, 1).atZone(a.zone).toInstant());
        relay.drainDue();
        assertThat(smsTo(a.mobileE164())).hasSize(3).last().isEqualTo("Rappel RV Julie 2027-03-08 08:15 Clinique du Plateau Annuler : "
                + "https://rvsq.gouv.qc.ca/?r=" + a.reference + "&l=f Frais msg/données applicables");
        timeIs(LocalDateTime.of(2027, 3, 7, 10, 1).atZone(a.zone).toInstant());
        relay.drainDue();
        relay.drainDue();
        assertThat(smsTo(a.mobileE164())).hasSize(4);
        assertThat(notices(a)).containsExactly("CONFIRMATION/SMS/SENT", "REMINDER_3D/SMS/SENT", "REMINDER_1D/SMS/SENT");
    }

    @Test
    void R196_A28_aReminderWhoseSendTimeIsPastAtBookingIsSkipped() {
        Appt a = new Appt().at(LocalDateTime.of(2027, 3, 3, 16, 0)).channels("EMAIL"); // D−3 was Sunday 28 February
        book(a);
        assertThat(notices(a)).containsExactly("CONFIRMATION/EMAIL/PENDING", "REMINDER_1D/EMAIL/PENDING");
        Appt tomorrow = new Appt().at(LocalDateTime.of(2027, 3, 2, 9, 0)).channels("EMAIL"); // D−1 at 10 h is past already
        book(tomorrow);
        assertThat(notices(tomorrow)).containsExactly("CONFIRMATION/EMAIL/PENDING");
    }

    @Test
    void R197_aMoveCancelsTheWaitingMessagesAndTellsTheNewTimeThenRemindsOfIt() {
        Appt a = new Appt().at(LocalDateTime.of(2027, 3, 8, 14, 30)).channels("EMAIL", "SMS");
        book(a);
        relay.drainDue();
        AppointmentFacts before = a.facts();
        a.at(LocalDateTime.of(2027, 3, 15, 9, 5));
        publish(Change.MOVED, a, before);
        assertThat(notices(a)).containsExactly("CONFIRMATION/EMAIL/SENT", "CONFIRMATION/SMS/SENT", "MODIFICATION/EMAIL/PENDING",
                "MODIFICATION/SMS/PENDING", "REMINDER_3D/EMAIL/CANCELLED", "REMINDER_3D/SMS/CANCELLED", "REMINDER_1D/EMAIL/CANCELLED",
                "REMINDER_1D/SMS/CANCELLED", "REMINDER_3D/EMAIL/PENDING", "REMINDER_3D/SMS/PENDING", "REMINDER_1D/EMAIL/PENDING",
                "REMINDER_1D/SMS/PENDING");
        relay.drainDue();
        assertThat(smsTo(a.mobileE164())).hasSize(3).last().isEqualTo("RV modifié Julie 2027-03-15 09:05 Clinique du Plateau Annuler : "
                + "https://rvsq.gouv.qc.ca/?r=" + a.reference + "&l=f Frais msg/données applicables");
        assertThat(mailsTo(a.email)).hasSize(2).last().satisfies(m -> assertThat(subject(m)).isEqualTo("Rendez-vous modifié : le 15 mars 2027 à 9 h 05"));
        timeIs(LocalDateTime.of(2027, 3, 12, 10, 1).atZone(MONTREAL).toInstant());
        relay.drainDue();
        assertThat(smsTo(a.mobileE164())).as("the new D−3, not the old D−1 of 7 March").hasSize(4).last().asString().contains("2027-03-15 09:05");
    }

    @Test
    void R197_aModificationThePatientCannotSeeTellsNothing() {
        Appt a = new Appt().at(LocalDateTime.of(2027, 3, 8, 14, 30));
        book(a);
        publish(Change.MODIFIED, a, a.facts()); // a clinic note, a reason: the facts the messages carry are the same
        assertThat(notices(a)).containsExactly("CONFIRMATION/EMAIL/PENDING", "REMINDER_3D/EMAIL/PENDING", "REMINDER_1D/EMAIL/PENDING");
    }

    @Test
    void R198_R199_aCancellationInTheFutureIsConfirmedAndItsRemindersNeverGo() {
        Appt a = new Appt().at(LocalDateTime.of(2027, 3, 8, 14, 30)).channels("SMS", "VOICE_CALL");
        book(a);
        relay.drainDue();
        AppointmentFacts before = a.facts();
        a.status = "CANCELLED";
        publish(Change.CANCELLED, a, before);
        relay.drainDue();
        timeIs(LocalDateTime.of(2027, 3, 7, 12, 0).atZone(MONTREAL).toInstant());
        relay.drainDue();
        assertThat(smsTo(a.mobileE164())).hasSize(3).last().isEqualTo("Rendez-vous annulé pour Julie le 2027-03-08-14:30 à Clinique du Plateau");
        assertThat(callsTo(a.homeE164())).hasSize(2).last().isEqualTo(
                "Bonjour, ici Rendez-vous santé Québec. Le rendez-vous de Julie à Clinique Santé Plateau du 8 mars 2027 à 14 h 30 est annulé.");
        assertThat(notices(a)).filteredOn(n -> n.startsWith("REMINDER")).allMatch(n -> n.endsWith("/CANCELLED")).hasSize(4);

        Appt past = new Appt().at(LocalDateTime.of(2027, 3, 1, 9, 0)).channels("SMS");
        AppointmentFacts pastBefore = past.facts();
        past.status = "CANCELLED";
        publish(Change.CANCELLED, past, pastBefore);
        assertThat(notices(past)).as("R199: a cancellation of a past appointment tells nothing").isEmpty();
    }

    @Test
    void R200_anAbsentMarkSendsTheNoShowMessageAfter24HoursOnTheBookingChannels() {
        Appt a = new Appt().at(LocalDateTime.of(2027, 3, 1, 9, 0)).channels("EMAIL", "SMS");
        AppointmentFacts before = a.facts();
        a.attendance = "ABSENT";
        publish(Change.ATTENDANCE, a, before);
        relay.drainDue();
        assertThat(smsTo(a.mobileE164())).isEmpty();
        clock.move(Duration.ofHours(24).plusMinutes(1));
        relay.drainDue();
        assertThat(smsTo(a.mobileE164())).containsExactly("Vous avez manqué un rendez-vous médical. La prochaine fois, pensez à l'annuler pour "
                + "qu'il puisse être donné à un autre patient.");
        assertThat(mailsTo(a.email)).hasSize(1).first().satisfies(m -> assertThat(subject(m)).isEqualTo("Rendez-vous manqué"));
    }

    @Test
    void R200_5_13_theNoShowMessageIsWithdrawnWhenTheMarkChangesAndDroppedAfter48Hours() {
        Appt a = new Appt().at(LocalDateTime.of(2027, 3, 1, 9, 0)).channels("SMS");
        AppointmentFacts before = a.facts();
        a.attendance = "ABSENT";
        publish(Change.ATTENDANCE, a, before);
        AppointmentFacts absent = a.facts();
        a.attendance = "PRESENT";
        publish(Change.ATTENDANCE, a, absent);
        assertThat(notices(a)).containsExactly("NO_SHOW/SMS/CANCELLED");

        Appt late = new Appt().at(LocalDateTime.of(2027, 3, 1, 9, 0)).channels("SMS");
        AppointmentFacts lateBefore = late.facts();
        late.attendance = "ABSENT";
        publish(Change.ATTENDANCE, late, lateBefore);
        clock.move(Duration.ofHours(49)); // no relay ran in the window (an outage of every instance)
        relay.drainDue();
        assertThat(notices(late)).containsExactly("NO_SHOW/SMS/EXPIRED");
        assertThat(smsTo(late.mobileE164())).isEmpty();

        Appt off = new Appt().at(LocalDateTime.of(2027, 3, 1, 9, 0)).channels("SMS");
        off.noShowMessage = false;
        AppointmentFacts offBefore = off.facts();
        off.attendance = "ABSENT";
        publish(Change.ATTENDANCE, off, offBefore);
        assertThat(notices(off)).as("the location's option is off").isEmpty();
    }

    @Test
    void R178_withoutANamTheEmailSaysToContactTheClinicInsteadOfTheLink() {
        Appt a = new Appt().at(LocalDateTime.of(2027, 3, 8, 14, 30));
        a.withNam = false;
        book(a);
        relay.drainDue();
        String body = content(mailsTo(a.email).get(0));
        assertThat(body).contains("Cette action ne peut pas être effectuée en ligne pour ce rendez-vous. Veuillez communiquer avec : "
                + "Clinique Santé Plateau, 514-555-0100").doesNotContain("rvsq.gouv.qc.ca/?r=");
    }

    @Test
    void R183_anAppointmentInEnglishIsToldInEnglishWithTheEnglishLink() {
        Appt a = new Appt().at(LocalDateTime.of(2027, 3, 8, 14, 30)).channels("EMAIL", "SMS");
        a.language = "EN";
        book(a);
        relay.drainDue();
        assertThat(subject(mailsTo(a.email).get(0))).isEqualTo("Appointment confirmed on March 8, 2027 at 2:30 PM");
        assertThat(smsTo(a.mobileE164())).containsExactly(
                "Appointment confirmed for Julie on 08-03-2027 at 14:30 - Clinique du Plateau. Message and data rates may apply.",
                "To cancel the appointment: https://rvsq.gouv.qc.ca/?r=" + a.reference + "&l=a. Text STOP to stop receiving text messages.");
    }

    @Test
    void R250_theClinicsOwnTextForTheSubjectFollowsRamqsInTheEmail() {
        Enterprise enterprise = enterprise(false);
        var saved = api.put(enterprise.admin().login(), enterprise.path() + "/communications/emails/CONFIRMATION/FR",
                Map.of("html", "<p>Apportez votre carte d'assurance maladie.</p>"));
        assertThat(saved.status()).as(saved.raw()).isEqualTo(200);
        Appt a = new Appt().at(LocalDateTime.of(2027, 3, 8, 14, 30));
        a.enterpriseId = enterprise.id();
        book(a);
        relay.drainDue();
        String body = content(mailsTo(a.email).get(0));
        assertThat(body).contains("Numéro de référence : " + a.reference, "<div><p>Apportez votre carte d'assurance maladie.</p></div>");
        assertThat(body.indexOf("Apportez")).as("after RAMQ's text").isGreaterThan(body.indexOf("Numéro de référence"));
    }
}
