package org.vigie.scheduling.notices;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.booking.AppointmentChanged;
import org.vigie.scheduling.booking.AppointmentFacts;
import org.vigie.scheduling.notices.NoticeTexts.ClinicTexts;
import org.vigie.scheduling.notices.NoticeTexts.NoticeText;
import org.vigie.scheduling.notices.Notices.NewNotice;

/**
 * Writes the messages an appointment's change calls for, in the transaction of the change (a plain listener, not after commit):
 * they exist exactly when the change is committed. Confirmation, modification and cancellation only for a start in the future
 * (R187, R197-R199); reminders on calendar days D−3 and D−1 at the pack's send time in the location's zone, skipped when that
 * time is past (R196, §9 A28); the no-show message 24 h after ABSENT, dropped after 48 h or when the mark changes (R200, 5.13).
 */
@Component
class NoticePlanner {
    private static final Set<NoticeKind> ANNOUNCED = EnumSet.of(NoticeKind.CONFIRMATION, NoticeKind.REMINDER_3D, NoticeKind.REMINDER_1D,
            NoticeKind.MODIFICATION, NoticeKind.CANCELLATION);

    private final Notices notices;
    private final NoticeTexts texts;
    private final SchedulingRules rules;

    NoticePlanner(Notices notices, NoticeTexts texts, SchedulingRules rules) {
        this.notices = notices;
        this.texts = texts;
        this.rules = rules;
    }

    @EventListener
    void on(AppointmentChanged event) {
        AppointmentFacts a = event.appointment();
        ClinicTexts words = texts.clinicTexts(a); // the clinic's texts, read once for the change's e-mails
        Instant now = event.at();
        List<NewNotice> written = new ArrayList<>();
        boolean future = a.startsAt().isAfter(now) && "ACTIVE".equals(a.status());
        switch (event.change()) {
            case BOOKED -> {
                if (future) {
                    announce(NoticeKind.CONFIRMATION, a, now, words, written);
                    remind(a, now, words, written);
                }
            }
            case MODIFIED, MOVED -> {
                if (event.before() != null && samePatientView(event.before(), a)) {
                    return; // a clinic note, a reason: nothing the patient is told changed, and the reminders stay right
                }
                notices.cancelPending(a.id(), ANNOUNCED, "overtaken by a " + event.change().name().toLowerCase(Locale.ROOT));
                if (!"ABSENT".equals(a.attendance())) {
                    notices.cancelPending(a.id(), List.of(NoticeKind.NO_SHOW), "attendance is no longer absent");
                }
                if (future) {
                    announce(NoticeKind.MODIFICATION, a, now, words, written);
                    remind(a, now, words, written);
                }
            }
            case CANCELLED -> {
                notices.cancelPending(a.id(), EnumSet.allOf(NoticeKind.class), "appointment cancelled");
                if (a.startsAt().isAfter(now)) {
                    announce(NoticeKind.CANCELLATION, a, now, words, written);
                }
            }
            case ATTENDANCE -> attendance(event, a, now, words, written);
        }
        notices.add(written, now); // the change's messages in one statement
    }

    private void attendance(AppointmentChanged event, AppointmentFacts a, Instant now, ClinicTexts words, List<NewNotice> written) {
        boolean wasAbsent = event.before() != null && "ABSENT".equals(event.before().attendance());
        if (!"ABSENT".equals(a.attendance())) {
            notices.cancelPending(a.id(), List.of(NoticeKind.NO_SHOW), "attendance is no longer absent");
        } else if (!wasAbsent && a.noShowMessage()) {
            Instant due = now.plus(Duration.ofHours((long) rules.today().number("notice.noShow.delay.hours")));
            Instant expires = now.plus(Duration.ofHours((long) rules.today().number("notice.noShow.latest.hours")));
            for (Channel channel : channels(a)) {
                write(NoticeKind.NO_SHOW, channel, a, due, expires, words, written);
            }
        }
    }

    private void announce(NoticeKind kind, AppointmentFacts a, Instant now, ClinicTexts words, List<NewNotice> written) {
        for (Channel channel : channels(a)) {
            write(kind, channel, a, now, a.startsAt(), words, written);
        }
    }

    private void remind(AppointmentFacts a, Instant now, ClinicTexts words, List<NewNotice> written) {
        LocalTime at = LocalTime.of(0, 0).plusMinutes((long) (rules.today().number("notice.reminder.send.hour") * 60));
        remind(NoticeKind.REMINDER_3D, (long) rules.today().number("notice.reminder.first.days"), at, a, now, words, written);
        remind(NoticeKind.REMINDER_1D, (long) rules.today().number("notice.reminder.second.days"), at, a, now, words, written);
    }

    private void remind(NoticeKind kind, long daysBefore, LocalTime at, AppointmentFacts a, Instant now, ClinicTexts words,
                        List<NewNotice> written) {
        Instant due = a.date().minusDays(daysBefore).atTime(at).atZone(a.zone()).toInstant();
        if (due.isAfter(now) && due.isBefore(a.startsAt())) {
            for (Channel channel : channels(a)) {
                write(kind, channel, a, due, a.startsAt(), words, written);
            }
        }
    }

    private void write(NoticeKind kind, Channel channel, AppointmentFacts a, Instant due, Instant expires, ClinicTexts words,
                       List<NewNotice> written) {
        recipient(channel, a).ifPresent(recipient -> {
            NoticeText text = texts.render(kind, channel, a, words);
            written.add(new NewNotice(a.id(), a.enterpriseId(), kind, channel, a.language(), recipient, text.subject(), text.body(), due,
                    expires));
        });
    }

    private static List<Channel> channels(AppointmentFacts a) {
        return a.channels() == null ? List.of() : a.channels().stream().map(Channel::valueOf).sorted().toList();
    }

    /** Where the channel reaches the patient (R182); none when the booking left it empty or it is no number. */
    private static Optional<String> recipient(Channel channel, AppointmentFacts a) {
        return switch (channel) {
            case EMAIL -> Optional.ofNullable(a.email()).filter(e -> !e.isBlank()).map(String::trim);
            case SMS -> Phones.e164(a.mobilePhone());
            case VOICE_CALL -> Phones.e164(a.homePhone());
        };
    }

    /** What the patient's messages say or where they go: when none of it changed, a modification tells the patient nothing. */
    private static boolean samePatientView(AppointmentFacts x, AppointmentFacts y) {
        return x.startsAt().equals(y.startsAt()) && x.date().equals(y.date()) && x.time().equals(y.time()) && x.locationId() == y.locationId()
                && x.professionalId() == y.professionalId() && x.durationMinutes() == y.durationMinutes()
                && Objects.equals(x.firstName(), y.firstName()) && Objects.equals(x.lastName(), y.lastName())
                && Objects.equals(x.email(), y.email()) && Objects.equals(x.mobilePhone(), y.mobilePhone())
                && Objects.equals(x.homePhone(), y.homePhone()) && Objects.equals(x.channels(), y.channels())
                && Objects.equals(x.language(), y.language()) && Objects.equals(x.status(), y.status()) && x.withNam() == y.withNam();
    }
}
