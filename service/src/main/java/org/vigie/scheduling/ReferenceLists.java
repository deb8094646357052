package org.vigie.scheduling;

import java.util.List;
import java.util.stream.IntStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.rules.facts.ListItem;
import org.vigie.rules.facts.Parameters;
import org.vigie.web.Caller;
import org.vigie.web.ForbiddenException;
import org.vigie.web.Role;

/**
 * The choices the clinic's forms offer, as the provincial operator set them in rules/scheduling
 * today: appointment types, the national consultation reasons, the service durations (R68), the
 * booking-horizon weeks (R89), the cancellation cutoffs (R28), display modes, languages, e-mail
 * subjects, message types and session modes. A client builds its lists from here, never from
 * constants of its own, so an operator's change reaches every screen.
 */
@RestController
@Tag(name = "Clinic reference lists", description = "The choices of the clinic's forms, from rules/scheduling")
class ReferenceLists {
    private final SchedulingRules rules;

    ReferenceLists(SchedulingRules rules) {
        this.rules = rules;
    }

    public record ListChoice(String code, String label) {
    }

    public record AppointmentTypeChoice(String code, String label, boolean gmfOnly) {
    }

    /** patientVisible false: never offered to patients online (Réorientation, R75); active false: retired, kept for reports. */
    public record ConsultationReason(String code, String labelFr, String labelEn, boolean patientVisible, boolean active, boolean allReasons) {
    }

    public record CancellationCutoffs(int defaultHours, int minutesMaximum, int hoursMaximum) {
    }

    public record ClinicLists(String ruleSetVersion, List<AppointmentTypeChoice> appointmentTypes, List<ConsultationReason> reasons,
                 List<Integer> serviceDurations,
                 List<Integer> bookingHorizonWeeks, CancellationCutoffs cancellationCutoff, List<ListChoice> displayModes, List<ListChoice> languages,
                 List<ListChoice> emailSubjects, List<ListChoice> messageTypes, List<ListChoice> sessionModes) {
    }

    @GetMapping("/api/clinic/reference-lists")
    @Operation(operationId = "readClinicReferenceLists",
            summary = "The choices of the clinic's forms, from rules/scheduling: appointment types, consultation reasons (with whether "
            + "patients see them online), service durations, booking-horizon weeks, cancellation cutoffs, display modes, languages, "
            + "e-mail subjects, message types, session modes")
    public ClinicLists lists() {
        Caller caller = Caller.current();
        if (caller.role() != Role.CLINIC && caller.role() != Role.LCGA && !caller.isAdmin()) {
            throw new ForbiddenException(rules.text("access.referenceLists"));
        }
        Parameters today = rules.today();
        int minimum = (int) today.number("service.duration.minimum");
        int step = (int) today.number("service.duration.step");
        int durations = ((int) today.number("service.duration.maximum") - minimum) / step + 1;
        return new ClinicLists(rules.pack().manifest().version(),
                list("appointmentTypes").stream().map(t -> new AppointmentTypeChoice(t.getCode(), t.attribute("fr"), "true".equals(t.attribute("gmfOnly"))))
                        .toList(),
                list("reasons").stream().map(r -> new ConsultationReason(r.getCode(), r.attribute("fr"), r.attribute("en"),
                        !"false".equals(r.attribute("online")),
                        !"false".equals(r.attribute("active")), "true".equals(r.attribute("wildcard")))).toList(),
                IntStream.range(0, durations).mapToObj(i -> minimum + i * step).toList(),
                IntStream.rangeClosed(1, (int) today.number("horizon.weeks.maximum")).boxed().toList(),
                new CancellationCutoffs((int) today.number("cancellation.cutoff.default.hours"), (int) today.number("cancellation.cutoff.minutes.maximum"),
                        (int) today.number("cancellation.cutoff.hours.maximum")),
                choices("displayModes"), choices("languages"), choices("emailSubjects"), choices("messageTypes"), choices("sessionModes"));
    }

    private List<ListItem> list(String name) {
        return rules.pack().parameters().list(name);
    }

    private List<ListChoice> choices(String name) {
        return list(name).stream().map(i -> new ListChoice(i.getCode(), i.attribute("fr"))).toList();
    }
}
