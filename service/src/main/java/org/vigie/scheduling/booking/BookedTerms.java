package org.vigie.scheduling.booking;

import org.vigie.scheduling.people.ClinicDirectory.EnterpriseTerms;
import org.vigie.scheduling.people.ClinicDirectory.LocationTerms;

/**
 * What a booking already read, in its transaction, of its location, enterprise and professional: the event's facts and the
 * answer's view take them from here rather than reading the same rows again.
 *
 * @param inSlot whether a complete slot at the location encloses the whole period (R117), from the slots placing read
 */
record BookedTerms(LocationTerms location, EnterpriseTerms enterprise, String professionalName, boolean inSlot) {
}
