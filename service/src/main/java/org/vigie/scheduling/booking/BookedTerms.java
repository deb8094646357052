package org.vigie.scheduling.booking;

import org.vigie.scheduling.people.ClinicDirectory.EnterpriseTerms;
import org.vigie.scheduling.people.ClinicDirectory.LocationTerms;

/**
 * What a booking already read, in its transaction, of its location, enterprise and professional: the event's facts and the
 * answer's view take them from here rather than reading the same rows again.
 *
 * @param inSlot whether a complete slot at the location holds the period, when the booking's placing settled it on the whole
 *               period; null when the view is to read it (a duration defaulted from the slot)
 */
record BookedTerms(LocationTerms location, EnterpriseTerms enterprise, String professionalName, Boolean inSlot) {
}
