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

    /** The pack's columns of a report, in order, with their French headers; the print's only when {@code print}. */
    record ReportColumn(String code, String header) {
    }

    List<ReportColumn> columns(boolean print) {
        return rules.pack().parameters().list("reportColumns").stream()
                .filter(c -> !print || "true".equals(c.attribute("print")))
                .map(c -> new ReportColumn(c.getCode(), c.attribute("fr"))).toList();
    }

    List<ReportColumn> columns(List<String> codes) {
        return columns(false).stream().filter(c -> codes.contains(c.code())).toList();
    }

    List<ReportLine> of(ReportProfessionals professionals, List<ReportedAppointment> appointments) {
        Map<Long, String> locations = new HashMap<>();
        Map<Long, ZoneId> zones = new HashMap<>();
        return appointments.stream().map(a -> {
            EmployeeView p = professionals.of(a.professionalId());
            ZoneId zone = zones.computeIfAbsent(a.locationId(), people::zone);
            return new ReportLine(a.id(), a.date(), a.startTime(), a.durationMinutes(), a.professionalId(), p.firstName() + " " + p.lastName(),
                    label("practiceClasses", p.professionalClass()), a.locationId(),
                    locations.computeIfAbsent(a.locationId(), id -> people.locationName(id).orElse("")), a.lastName(), a.firstName(),
                    a.birthDate(), label("sexes", a.sex()), a.nam(), a.mobilePhone(), a.homePhone(), a.email(), a.reasonCode(),
                    label("reasons", a.reasonCode()), a.attendance(), rules.text("report.attendance." + a.attendance()), a.status(),
                    rules.text("report.status." + a.status()), a.referenceNumber(), a.appointmentType(), a.authorKind(),
                    a.authorName() != null ? a.authorName() : a.authorKind(), local(a.createdAt(), zone), a.clinicNote(),
                    local(a.cancelledAt(), zone), a.cancelledByName());
        }).sorted(Comparator.comparing(ReportLine::date).thenComparing(ReportLine::startTime)
                .thenComparing(l -> professionals.of(l.professionalId()).lastName())
                .thenComparing(l -> professionals.of(l.professionalId()).firstName())
                .thenComparingLong(ReportLine::appointmentId)).toList();
    }

    private String label(String list, String code) {
        if (code == null) {
            return null;
        }
        return rules.pack().parameters().item(list, code).map((ListItem i) -> i.attribute("fr")).orElse(code);
    }

    private static LocalDateTime local(Instant at, ZoneId zone) {
        return at == null ? null : LocalDateTime.ofInstant(at, zone);
    }
}
