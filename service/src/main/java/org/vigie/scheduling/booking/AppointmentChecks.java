package org.vigie.scheduling.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.booking.Appointment.Contact;
import org.vigie.scheduling.booking.Appointment.PatientDetails;
import org.vigie.scheduling.booking.AppointmentForm.PatientForm;
import org.vigie.scheduling.patients.PatientRegistry;
import org.vigie.scheduling.patients.PatientRegistry.RegisteredPatient;
import org.vigie.scheduling.people.ClinicDirectory.EnterpriseTerms;
import org.vigie.scheduling.people.EmployeeView;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.Validation;

/** What booking and modifying check of the patient, the contact and the window of the past (R167, R176-R185, R190, R204). */
@Component
class AppointmentChecks {
    static final List<String> CHANNELS = List.of("EMAIL", "SMS", "VOICE_CALL");

    private final PatientRegistry registry;
    private final SchedulingRules rules;
    private final Clock clock;

    AppointmentChecks(PatientRegistry registry, SchedulingRules rules, Clock clock) {
        this.registry = registry;
        this.rules = rules;
        this.clock = clock;
    }

    /** The patient as entered, every missing field named at once (R177, R204); a NAM that RAMQ does not know is refused (R176). */
    PatientDetails patient(PatientForm form, Optional<RegisteredPatient> registered) {
        PatientForm p = form == null ? new PatientForm(null, null, null, null, null) : form;
        Validation v = new Validation()
                .require(p.firstName() != null && !p.firstName().isBlank(), "patient.firstName", rules.text("booking.patient.firstNameMissing"))
                .require(p.lastName() != null && !p.lastName().isBlank(), "patient.lastName", rules.text("booking.patient.lastNameMissing"));
        rules.requireInList(v, "patient.sex", "sexes", p.sex(), "booking.patient.sexUnknown")
                .require(p.dateOfBirth() != null && !p.dateOfBirth().isAfter(LocalDate.now(clock)), "patient.dateOfBirth",
                        rules.text("booking.patient.dateOfBirthMissing"))
                .maxLength("patient.firstName", p.firstName(), 100).maxLength("patient.lastName", p.lastName(), 100)
                .throwIfAny();
        return new PatientDetails(registered.map(RegisteredPatient::nam).orElse(null), p.firstName().trim(), p.lastName().trim(), p.sex(),
                p.dateOfBirth());
    }

    /** RAMQ's insured person behind the NAM given (R176: no eligibility check); none without a NAM; 400 naming patient.nam otherwise. */
    Optional<RegisteredPatient> registered(PatientForm form) {
        if (form == null || form.nam() == null || form.nam().isBlank()) {
            return Optional.empty();
        }
        String nam = PatientRegistry.normalized(form.nam())
                .orElseThrow(() -> new InvalidRequestException("patient.nam", rules.text("patient.nam.shape")));
        return Optional.of(registry.byNam(nam).orElseThrow(() -> new InvalidRequestException("patient.nam", rules.text("patient.nam.unmatched"))));
    }

    /**
     * The contact (R180-R183): for an appointment starting in the future at least one phone and one channel, each channel with
     * its address (A27: none of it for one in the past). {@code movedToFuture}: a past appointment moved ahead asks with M20 (R211).
     */
    Contact contact(AppointmentForm form, boolean future, boolean movedToFuture) {
        Set<String> channels = new LinkedHashSet<>(form.channels() == null ? List.of("EMAIL") : form.channels());
        String mobile = blankToNull(form.mobilePhone());
        String home = blankToNull(form.homePhone());
        String email = blankToNull(form.email());
        String language = form.language() == null ? "FR" : form.language();
        Validation v = new Validation()
                .require(channels.stream().allMatch(c -> c != null && CHANNELS.contains(c)), "channels",
                        rules.text("booking.contact.channelValues", Map.of("channels", String.join(", ", CHANNELS))))
                .require(email == null || email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "email", rules.text("booking.contact.emailInvalid"))
                .maxLength("email", email, 254).maxLength("mobilePhone", mobile, 30).maxLength("homePhone", home, 30);
        rules.requireInList(v, "language", "languages", language, "booking.contact.languageUnknown");
        if (movedToFuture && (channels.isEmpty() || mobile == null && home == null)) {
            v.refuse(channels.isEmpty() ? "channels" : "mobilePhone", rules.message("M20"));
        } else if (future) {
            v.require(mobile != null || home != null, "mobilePhone", rules.text("appointment.phoneRequired"))
                    .require(!channels.isEmpty(), "channels", rules.text("appointment.channelRequired"))
                    .require(!channels.contains("EMAIL") || email != null, "email", rules.text("appointment.channel.EMAIL"))
                    .require(!channels.contains("SMS") || mobile != null, "mobilePhone", rules.text("appointment.channel.SMS"))
                    .require(!channels.contains("VOICE_CALL") || home != null, "homePhone", rules.text("appointment.channel.VOICE_CALL"));
        }
        v.throwIfAny();
        return new Contact(mobile, home, email, inStoredOrder(channels), language);
    }

    /** The channels in the order a stored row gives them back (EMAIL, SMS, VOICE_CALL), whatever the request's order. */
    private static Set<String> inStoredOrder(Set<String> channels) {
        Set<String> ordered = new LinkedHashSet<>();
        CHANNELS.stream().filter(channels::contains).forEach(ordered::add);
        return Collections.unmodifiableSet(ordered);
    }

    /** R184: a reason of the pack's list, or none. */
    String reason(String code) {
        String reason = blankToNull(code);
        if (reason != null) {
            rules.requireInList(new Validation(), "reasonCode", "reasons", reason, "booking.reasonUnknown").throwIfAny();
        }
        return reason;
    }

    String clinicNote(String note) {
        new Validation().maxLength("clinicNote", note, 2000).throwIfAny();
        return blankToNull(note);
    }

    /**
     * R190, §9 A37: MF when RAMQ attaches the patient to this professional on the day, GMF when they are enrolled in this
     * enterprise's GMF, GEN otherwise (and without a NAM).
     */
    String type(Optional<RegisteredPatient> patient, EmployeeView professional, EnterpriseTerms enterprise, LocalDate day) {
        if (patient.isEmpty()) {
            return "GEN";
        }
        RegisteredPatient p = patient.get();
        if (p.attachment() != null && p.attachment().practiceNumber().equals(professional.practiceNumber()) && p.attachment().period().covers(day)) {
            return "MF";
        }
        if (p.gmfEnrolment() != null && enterprise.gmfNumber() != null && enterprise.gmfNumber().equals(p.gmfEnrolment().gmfNumber())
                && p.gmfEnrolment().period().covers(day)) {
            return "GMF";
        }
        return "GEN";
    }

    /** R167, §9 A30: refused when the start is more than 90 days back (365 when RAMQ extended the enterprise's window). */
    void requireWithinWindow(EnterpriseTerms enterprise, Instant start, ZoneId zone, String field) {
        if (!withinWindow(enterprise, start)) {
            throw new InvalidRequestException(field, rules.text("appointment.pastWindow",
                    Map.of("days", windowDays(enterprise), "date", LocalDate.ofInstant(start, zone))));
        }
    }

    boolean withinWindow(EnterpriseTerms enterprise, Instant start) {
        return !start.isBefore(clock.instant().minus(Duration.ofDays(windowDays(enterprise))));
    }

    private long windowDays(EnterpriseTerms enterprise) {
        return Math.round(rules.today().number(enterprise.pastWindowExtended() ? "appointment.past.extendedDays" : "appointment.past.days"));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
