/**
 * What a professional offers (guide §3.2.2-§3.2.4): services, service groups and the professional's booking options. Owns
 * {@code clinic_service}, {@code clinic_service_group*} and {@code clinic_professional_options}; publishes {@link
 * org.vigie.scheduling.offering.ServiceUse}, which the module owning the slots answers, so that offering depends on no slot.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling: offering")
package org.vigie.scheduling.offering;
