package org.vigie.scheduling.reports;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.vigie.rules.facts.ListItem;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.booking.ReportedAppointments.ReportedAppointment;
import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.scheduling.people.EmployeeView;

/**
 * Appointments worded as a report shows them: the professional's and the location's names, the pack's words for the reason,
 * the profession, the sex, the attendance and the status, moments in the location's zone; ordered by date, time and
 * professional (last name, first name), then the appointment's id. Each professional (the report's {@link ReportProfessionals})
 * and location is read once a report.
 */
@Component
class ReportLines {
    private final SchedulingRules rules;
    private final ClinicDirectory people;

    ReportLines(SchedulingRules rules, ClinicDirectory people) {
        this.rules = rules;
        this.people = people;
    }

    /** A column of the pack's list reportColumns, with its header in one language. */
    record ReportColumn(String code, String header) {
    }

    /** The report's columns, in order, with their French headers (R239); the print's only when {@code print}. */
    List<ReportColumn> columns(boolean print) {
        return columns(print ? "print" : null, "fr");
    }

    /** The agenda print's columns (§6.3, those marked agenda), with their headers in the language. */
    List<ReportColumn> agendaColumns(String language) {
        return columns("agenda", language);
    }

    private List<ReportColumn> columns(String marked, String language) {
        return rules.pack().parameters().list("reportColumns").stream()
                .filter(c -> marked == null || "true".equals(c.attribute(marked)))
                .map(c -> new ReportColumn(c.getCode(), word(c, language))).toList();
    }

    /** The report's rows, worded in French. */
    List<ReportLine> of(ReportProfessionals professionals, List<ReportedAppointment> appointments) {
        return of(professionals, appointments, "fr");
    }

    /** The rows worded in the language: the pack's words for the reason, the profession, the sex, the attendance, the status. */
    List<ReportLine> of(ReportProfessionals professionals, List<ReportedAppointment> appointments, String language) {
        Map<Long, String> locations = new HashMap<>();
        Map<Long, ZoneId> zones = new HashMap<>();
        return appointments.stream().map(a -> {
            EmployeeView p = professionals.of(a.professionalId());
            ZoneId zone = zones.computeIfAbsent(a.locationId(), people::zone);
            return new ReportLine(a.id(), a.date(), a.startTime(), a.durationMinutes(), a.professionalId(), p.firstName() + " " + p.lastName(),
                    label("practiceClasses", p.professionalClass(), language), a.locationId(),
                    locations.computeIfAbsent(a.locationId(), id -> people.locationName(id).orElse("")), a.lastName(), a.firstName(),
                    a.birthDate(), label("sexes", a.sex(), language), a.nam(), a.mobilePhone(), a.homePhone(), a.email(), a.reasonCode(),
                    label("reasons", a.reasonCode(), language), a.attendance(), text("report.attendance." + a.attendance(), language), a.status(),
                    text("report.status." + a.status(), language), a.referenceNumber(), a.appointmentType(), a.authorKind(),
                    a.authorName() != null ? a.authorName() : a.authorKind(), local(a.createdAt(), zone), a.clinicNote(),
                    local(a.cancelledAt(), zone), a.cancelledByName());
        }).sorted(Comparator.comparing(ReportLine::date).thenComparing(ReportLine::startTime)
                .thenComparing(l -> professionals.of(l.professionalId()).lastName())
                .thenComparing(l -> professionals.of(l.professionalId()).firstName())
                .thenComparingLong(ReportLine::appointmentId)).toList();
    }

    private String label(String list, String code, String language) {
        if (code == null) {
            return null;
        }
        return rules.pack().parameters().item(list, code).map(i -> word(i, language)).orElse(code);
    }

    /** An entry's word in the language, or in French when the pack gives none in it. */
    private static String word(ListItem item, String language) {
        return item.label(language);
    }

    private String text(String key, String language) {
        return rules.pack().parameters().message(key, language);
    }

    private static LocalDateTime local(Instant at, ZoneId zone) {
        return at == null ? null : LocalDateTime.ofInstant(at, zone);
    }
}
