package org.vigie.scheduling.notices;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.vigie.rules.PackParameters;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.booking.AppointmentFacts;
import org.vigie.scheduling.communications.PatientEmailTexts;
import org.vigie.web.Wording;

/**
 * The words of each message, from the pack (messages {@code notice.*}) in the appointment's language: the SMS of the guide's
 * annex verbatim with its own date formats (§4.28, A26), e-mails with the location, its address and phone (R23), the
 * professional and the reference (R188), the self-service link or, without a NAM, M-P4 (R178), then the clinic's own text
 * for the subject (R250), and short call scripts. Rendered when written: the patient reads what was true at the change.
 */
@Component
class NoticeTexts {
    private final SchedulingRules rules;
    private final PatientEmailTexts custom;
    private final NoticeSettings settings;
    private final Map<String, DateTimeFormatter> formats = new ConcurrentHashMap<>(); // by language and pattern: a new pack's apply

    NoticeTexts(SchedulingRules rules, PatientEmailTexts custom, NoticeSettings settings) {
        this.rules = rules;
        this.custom = custom;
        this.settings = settings;
    }

    record NoticeText(String subject, String body) {
        @Override
        public String toString() {
            return "NoticeText[…]";
        }
    }

    /**
     * The clinic's own e-mail texts for the messages of one change (R250): read once, when its first e-mail is rendered, for
     * every subject in the appointment's language.
     */
    final class ClinicTexts {
        private final AppointmentFacts appointment;
        private Map<String, String> bySubject;

        ClinicTexts(AppointmentFacts appointment) {
            this.appointment = appointment;
        }

        Optional<String> of(String subject) {
            if (bySubject == null) {
                bySubject = custom.htmls(appointment.enterpriseId(), appointment.language());
            }
            return Optional.ofNullable(bySubject.get(subject));
        }
    }

    ClinicTexts clinicTexts(AppointmentFacts a) {
        return new ClinicTexts(a);
    }

    NoticeText render(NoticeKind kind, Channel channel, AppointmentFacts a, ClinicTexts clinicTexts) {
        String language = a.language().toLowerCase(Locale.ROOT);
        return switch (channel) {
            case SMS -> new NoticeText(null, message("notice.sms." + kind.subject(), language, smsValues(a, language)));
            case VOICE_CALL -> new NoticeText(null, message("notice.call." + kind.subject(), language, values(a, language, false)));
            case EMAIL -> email(kind, a, language, clinicTexts);
        };
    }

    /** The link of the messages: the reference and the language, « f » or « a » (§4.28). */
    String link(AppointmentFacts a, String language) {
        return settings.selfService() + "?r=" + a.referenceNumber() + "&l=" + ("en".equals(language) ? "a" : "f");
    }

    private NoticeText email(NoticeKind kind, AppointmentFacts a, String language, ClinicTexts clinicTexts) {
        Map<String, Object> values = values(a, language, true);
        String key = "notice.email." + kind.subject();
        StringBuilder html = new StringBuilder(paragraph(message(key + ".body", language, values)));
        if (kind != NoticeKind.NO_SHOW) {
            html.append(paragraph(message("notice.email.details", language, values)));
        }
        if (kind != NoticeKind.NO_SHOW && kind != NoticeKind.CANCELLATION) {
            html.append(a.withNam() ? paragraph(message("notice.email.selfService", language, values))
                    : paragraph(message("message.M-P4", language, values)));
        }
        // R250: the clinic's text completes RAMQ's, never replaces it: the date, the place and the reference always reach the patient
        Optional<String> clinics = clinicTexts.of(kind.subject());
        clinics.ifPresent(text -> html.append("<div>").append(text).append("</div>"));
        return new NoticeText(message(key + ".subject", language, values), "<html><body>" + html + "</body></html>");
    }

    private Map<String, Object> values(AppointmentFacts a, String language, boolean html) {
        Wording wording = parameters().wording(language);
        Map<String, Object> values = new HashMap<>();
        values.put("firstName", a.firstName());
        values.put("lastName", a.lastName());
        values.put("clinic", a.clinicName());
        values.put("location", a.locationName());
        values.put("address", a.locationAddress());
        values.put("phone", a.locationPhone());
        values.put("professional", a.professionalName());
        values.put("reference", a.referenceNumber());
        values.put("link", link(a, language));
        values.put("date", wording.date(a.date()));
        values.put("time", wording.time(a.time()));
        if (html) {
            values.replaceAll((k, v) -> v == null ? "" : HtmlUtils.htmlEscape(String.valueOf(v), "UTF-8"));
        }
        return values;
    }

    private Map<String, Object> smsValues(AppointmentFacts a, String language) {
        Map<String, Object> values = new HashMap<>();
        values.put("firstName", a.firstName());
        values.put("clinic", a.locationName()); // R23: the annex's « nom de la clinique » is the location's name, where the patient goes
        values.put("link", link(a, language));
        LocalDateTime at = a.date().atTime(a.time());
        values.put("dayFirst", smsFormat("dayFirst", language).format(at));
        values.put("yearFirst", smsFormat("yearFirst", language).format(at));
        values.put("time", smsFormat("time", language).format(at));
        return values;
    }

    /** The SMS's own date and time formats (§9 A26), the pack's messages {@code format.sms.*}: checked when the pack is read. */
    private DateTimeFormatter smsFormat(String name, String language) {
        String pattern = parameters().message("format.sms." + name, language);
        return formats.computeIfAbsent(language + "|" + pattern,
                k -> DateTimeFormatter.ofPattern(pattern, "en".equals(language) ? Locale.CANADA : Locale.CANADA_FRENCH));
    }

    private String message(String key, String language, Map<String, ?> values) {
        return parameters().message(key, language, values);
    }

    private PackParameters parameters() {
        return rules.pack().parameters();
    }

    /** One paragraph, its lines kept: the values were escaped, the pack's words hold no markup. */
    private static String paragraph(String text) {
        return "<p>" + text.replace("\n", "<br>") + "</p>";
    }
}
