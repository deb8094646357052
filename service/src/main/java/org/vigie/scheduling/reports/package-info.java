/**
 * Reports and agenda prints (guide §3.6, spec §6): the one report generator with its filters (R232-R240), its outputs (a JSON
 * preview, a CSV file for Excel, a workbook, a print in PDF) and the print of one agenda (§6.3). Owns no table: it reads the
 * appointments through booking's {@link org.vigie.scheduling.booking.ReportedAppointments} and the people through
 * {@link org.vigie.scheduling.people.ClinicDirectory}, and decides the scope on the root's permission matrix.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling: reports")
package org.vigie.scheduling.reports;
