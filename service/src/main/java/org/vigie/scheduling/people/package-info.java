/**
 * Places and people (guide §2.1–§2.8): enterprises, locations, employees and their profiles, work groups, and the RAMQ
 * registry standing in for the insurer's. Owns {@code clinic_enterprise}, {@code clinic_location}, {@code clinic_employee},
 * {@code clinic_employee_location}, {@code clinic_work_group*} and {@code ramq_*}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling: places and people")
package org.vigie.scheduling.people;
