/**
 * Patients as the clinic knows them (issue 17): the RAMQ patient registry standing in for the insurer's, as
 * the people module's RAMQ registry stands in for staff. Owns {@code ramq_patient}, named only by its repository {@code RamqPatients}, the
 * local implementation of the published {@link org.vigie.scheduling.patients.PatientRegistry}. RAMQ (the operator) registers
 * test patients; clinic staff who may book match a NAM against it (R176, R177). A NAM is never logged nor put in a URL.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling: patients")
package org.vigie.scheduling.patients;
