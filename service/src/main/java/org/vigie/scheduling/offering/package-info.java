/**
 * What a professional offers (guide §2.9, §3.7): services, service groups and the professional's booking options. Owns
 * {@code clinic_service}, {@code clinic_service_group*} and {@code clinic_professional_options}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling: offering")
package org.vigie.scheduling.offering;
