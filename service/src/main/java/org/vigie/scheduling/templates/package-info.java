/**
 * Schedule templates (guide §3.8, §3.4.8): owns {@code schedule_template} and its professions, professionals, slots and slot
 * services (repository {@code Templates}); a template is a week from Sunday to Saturday of slots at one location (R141-R153),
 * applied to a professional's weeks through availability's {@link org.vigie.scheduling.availability.SlotBatches} (R154-R161).
 * Reads people through {@link org.vigie.scheduling.people.ClinicDirectory} and offering through
 * {@link org.vigie.scheduling.offering.OfferedServices}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling: templates")
package org.vigie.scheduling.templates;
