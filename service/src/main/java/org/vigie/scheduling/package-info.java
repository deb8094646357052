/**
 * Clinic scheduling, the clinic side of Québec's public booking service (RVSQ). The root holds what every part shares: the
 * acting user ({@code Actor}) and the permission matrix ({@link org.vigie.scheduling.Clinic}), the
 * pack's rules ({@link org.vigie.scheduling.SchedulingRules}), the audit trail, the reference lists and the week helper.
 * Each part of the guide is a nested module that owns its tables: {@code people}, {@code access}, {@code offering},
 * {@code communications} (and, by the same pattern, availability, templates, appointments, agenda, search, notifications,
 * reports).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clinic scheduling")
package org.vigie.scheduling;
