/**
 * Access (guide §3.4–§3.5, R5–R7): who may see or book which agenda (permission rows), the agendas a user is offered,
 * clinic sessions and each user's preferences. Owns {@code clinic_agenda_permission}, {@code clinic_session} and
 * {@code clinic_user_preferences}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling: access")
package org.vigie.scheduling.access;
