package org.vigie.scheduling.reports;

import java.util.HashMap;
import java.util.Map;

import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.scheduling.people.EmployeeView;

/**
 * The professionals of one report or print, each read once: the one chosen, those whose agendas are weighed for the scope, and
 * those named on the rows are the same records.
 */
final class ReportProfessionals {
    private final ClinicDirectory people;
    private final long enterpriseId;
    private final Map<Long, EmployeeView> read = new HashMap<>();

    ReportProfessionals(ClinicDirectory people, long enterpriseId) {
        this.people = people;
        this.enterpriseId = enterpriseId;
    }

    /** The employee record in the report's enterprise; 404 in the enterprise's words when it is not one of its. */
    EmployeeView of(long employeeId) {
        return read.computeIfAbsent(employeeId, id -> people.employee(enterpriseId, id));
    }
}
