/**
 * Connected agenda software (LCGA, guide Intro, §3.1.4, §3.5.2; R21, R254, R255): the link of a location to its LCGA (a
 * connection secret the location's local administrator issues, bound to the machine identifier RAMQ recorded there) and the
 * LCGA's sessions. Owns {@code lcga_link} and {@code lcga_session}, named only by its repositories ({@code LcgaLinks},
 * {@code LcgaSessions}); what it knows of locations comes through {@link org.vigie.scheduling.people.ClinicDirectory}; it
 * answers the root's {@link org.vigie.scheduling.ConnectedSoftware}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling: connected agenda software")
package org.vigie.scheduling.lcga;
