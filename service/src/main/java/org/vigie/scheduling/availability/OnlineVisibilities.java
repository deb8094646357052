package org.vigie.scheduling.availability;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.Weeks;
import org.vigie.scheduling.availability.AgendaContent.OnlineVisibility;

/**
 * Whether and from when patients see a slot online, derived on every read from the slot, the professional's horizon and the
 * clock ("public from" is a predicate, never a job): R97, R109-R113, R119, R120, §9 A2.
 */
final class OnlineVisibilities {
    private OnlineVisibilities() {
    }

    /**
     * @param type the services' appointment type (null without services)
     * @param horizonWeeks the professional's horizon in weeks when the option is on (R89)
     * @param displayMode the location's availabilityDisplayMode (R120), null without a location
     */
    static OnlineVisibility of(Slot slot, String type, Optional<Integer> horizonWeeks, ZoneId zone, String displayMode, Instant now,
                               SchedulingRules rules) {
        String audience = type == null ? null : rules.pack().parameters().item("appointmentTypes", type).map(t -> t.attribute("audience")).orElse(null);
        String audienceLabel = type == null ? null : rules.pack().parameters().item("appointmentTypes", type).map(t -> t.attribute("fr")).orElse(null);
        String hidden = !slot.complete() ? "INCOMPLETE" : slot.visibility() != Visibility.PUBLIC ? "PRIVATE" : null;
        String rule = null;
        Instant from = null;
        if (hidden == null) {
            if (slot.publishFrom() != null) {
                rule = "PUBLISH_FROM"; // R111; the horizon is ignored (R93)
                from = slot.publishFrom();
            } else if (horizonWeeks.isPresent()) {
                // §9 A2: the online window is the current Sunday-to-Saturday week and the next N-1, so the slot's week enters it N-1 weeks before
                rule = "HORIZON";
                from = Weeks.Week.containing(slot.date()).plusWeeks(1L - horizonWeeks.get()).start(zone);
            } else {
                rule = "AT_ONCE";
            }
        }
        boolean visibleNow = hidden == null && (from == null || !from.isAfter(now)) && slot.endsAt().isAfter(now);
        String notice = !visibleNow && slot.endsAt().isAfter(now) ? rules.message("M3") : null;
        return new OnlineVisibility(hidden == null, hidden, rule, from, visibleNow, hidden == null ? audience : null,
                hidden == null ? audienceLabel : null, displayMode, true, notice);
    }
}
