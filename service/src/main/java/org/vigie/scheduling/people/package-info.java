/**
 * Places and people (guide §2.1–§2.8): enterprises, locations (each in its own zone, §9 A23), employees and their
 * profiles, work groups, and the RAMQ registry standing in for the insurer's. Owns {@code clinic_enterprise},
 * {@code clinic_location}, {@code clinic_employee}, {@code clinic_employee_location}, {@code clinic_work_group*} and
 * {@code ramq_person}, named only by its repositories ({@code Enterprises}, {@code Locations}, {@code Employees},
 * {@code WorkGroups}, {@code RamqPersons}, and {@code JdbcClinicDirectory} for the published reads); publishes
 * {@link org.vigie.scheduling.people.ClinicDirectory} and the events {@code EmployeeDeleted}, {@code EmployeeDeparted},
 * {@code EmployeeWorkLocationsChanged}, {@code EmployeeBecameSuperUser} and {@code LocationMachineIdChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling: places and people")
package org.vigie.scheduling.people;
