package org.vigie.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.scheduling.booking.AppointmentChanged;
import org.vigie.scheduling.booking.AppointmentChanged.Change;
import org.vigie.scheduling.booking.AppointmentFacts;
import org.vigie.scheduling.notices.NoticeDrain;
import org.vigie.support.TestMail;

/**
 * What the notices' tests share: an appointment as booking publishes it (built here, booking being written alongside), its
 * change published inside a transaction as booking does, the relay drained at the clock's time, and what the patient received.
 */
abstract class NoticeTest extends ClinicTest {
    static final ZoneId MONTREAL = ZoneId.of("America/Montreal");

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    NoticeDrain relay;

    /** An appointment's facts, changed by the test between two events. */
    static final class Appt {
        long id = unique() + 9_000_000L;
        String reference = String.valueOf(1_000_000_000L + id);
        long enterpriseId = 1;
        long locationId = 1;
        String locationName = "Clinique du Plateau";
        ZoneId zone = MONTREAL;
        long professionalId = 1;
        String professionalName = "Dre Marie Gagnon";
        LocalDate date;
        LocalTime time;
        int duration = 15;
        String firstName = "Julie";
        String email = "patient" + id + "@example.org";
        String mobile = String.format("438-%03d-%04d", (id / 10000) % 1000, id % 10000);
        String home = String.format("450-%03d-%04d", (id / 10000) % 1000, id % 10000);
        Set<String> channels = Set.of("EMAIL");
        String language = "FR";
        String attendance = "UNCONFIRMED";
        String status = "ACTIVE";
        boolean noShowMessage = true;
        boolean withNam = true;

        Appt at(LocalDateTime start) {
            date = start.toLocalDate();
            time = start.toLocalTime();
            return this;
        }

        Appt channels(String... codes) {
            channels = Set.of(codes);
            return this;
        }

        Instant startsAt() {
            return date.atTime(time).atZone(zone).toInstant();
        }

        String mobileE164() {
            return "+1" + mobile.replace("-", "");
        }

        String homeE164() {
            return "+1" + home.replace("-", "");
        }

        AppointmentFacts facts() {
            return new AppointmentFacts(id, reference, enterpriseId, "Clinique Santé Plateau", locationId, locationName,
                    "1000, rue Sherbrooke Est, Montréal (Québec) H2L 1L3", "514-555-0100", zone, professionalId, professionalName, date, time,
                    duration, startsAt(), firstName, "Tremblay", email, mobile, home, channels, language, attendance, status, noShowMessage,
                    withNam);
        }
    }

    /** The change as booking publishes it: inside the transaction that makes it. */
    void publish(Change change, Appt now, AppointmentFacts before) {
        AppointmentChanged event = new AppointmentChanged(change, now.facts(), before, clock.instant());
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(event));
    }

    void book(Appt appointment) {
        publish(Change.BOOKED, appointment, null);
    }

    /** The service's time moves to this instant (it keeps ticking). */
    void timeIs(Instant instant) {
        clock.move(Duration.between(clock.instant(), instant));
    }

    /** Today in Montréal plus days, at the time: where tests put appointments. */
    LocalDateTime inDays(int days, int hour, int minute) {
        return LocalDate.now(clock.withZone(MONTREAL)).plusDays(days).atTime(hour, minute);
    }

    List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(TestMail.server().getReceivedMessages()).filter(m -> {
            try {
                Address[] to = m.getAllRecipients();
                return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static String content(MimeMessage mail) {
        try {
            return String.valueOf(mail.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SMS the short code sent to the number, in order. */
    List<String> smsTo(String e164) {
        return jdbc.sql("SELECT body FROM sms_message WHERE direction = 'OUT' AND phone = ? ORDER BY id").param(e164).query(String.class).list();
    }

    List<String> callsTo(String e164) {
        return jdbc.sql("SELECT script FROM voice_call WHERE phone = ? ORDER BY id").param(e164).query(String.class).list();
    }

    /** kind/channel/status of the appointment's messages, by due time. */
    List<String> notices(Appt appointment) {
        return jdbc.sql("SELECT CONCAT(kind, '/', channel, '/', status) FROM appointment_notice WHERE appointment_id = ? ORDER BY due_at, id")
                .param(appointment.id).query(String.class).list();
    }

    Instant due(Appt appointment, String kind, String channel) {
        return jdbc.sql("SELECT due_at FROM appointment_notice WHERE appointment_id = ? AND kind = ? AND channel = ? AND status = 'PENDING'")
                .params(appointment.id, kind, channel).query(java.sql.Timestamp.class).single().toInstant();
    }
}
