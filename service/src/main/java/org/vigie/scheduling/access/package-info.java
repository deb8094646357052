/**
 * Access (guide §3.4–§3.5, R5–R7): who may see or book which agenda (permission rows), the agendas a user is offered,
 * clinic sessions and each user's preferences. Owns {@code clinic_agenda_permission}, {@code clinic_session} and
 * {@code clinic_user_preferences}, named only by its repositories ({@link org.vigie.scheduling.access.AgendaPermissions},
 * {@code ClinicSessions}, {@code Preferences}); what it knows of people comes through
 * {@link org.vigie.scheduling.people.ClinicDirectory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling: access")
package org.vigie.scheduling.access;
