package org.vigie.scheduling.availability;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
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

    /** A type's audience (R119) and its label, as the pack's list appointmentTypes gives them; null for a type it lacks. */
    record Audience(String code, String label) {
    }

    /**
     * What the pack says that the slots of one read share (the types' audiences, the messages), each asked of the pack once
     * per read rather than once per slot.
     */
    static final class Terms {
        private final SchedulingRules rules;
        private final Map<String, Audience> audiences = new HashMap<>();
        private final Map<String, String> messages = new HashMap<>();
        private final Map<String, String> texts = new HashMap<>();

        Terms(SchedulingRules rules) {
            this.rules = rules;
        }

        Audience audience(String type) {
            return audiences.computeIfAbsent(type, t -> rules.pack().parameters().item("appointmentTypes", t)
                    .map(item -> new Audience(item.attribute("audience"), item.attribute("fr"))).orElse(new Audience(null, null)));
        }

        String message(String code) {
            return messages.computeIfAbsent(code, rules::message);
        }

        /** A message of the pack by its key, in the caller's language. */
        String text(String key) {
            return texts.computeIfAbsent(key, rules::text);
        }
    }

    /**
     * @param type the services' appointment type (null without services)
     * @param horizonWeeks the professional's horizon in weeks when the option is on (R89)
     * @param displayMode the location's availabilityDisplayMode (R120), null without a location
     */
    static OnlineVisibility of(Slot slot, String type, Optional<Integer> horizonWeeks, ZoneId zone, String displayMode, Instant now,
                               Terms terms) {
        String audience = type == null ? null : terms.audience(type).code();
        String audienceLabel = type == null ? null : terms.audience(type).label();
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
        String notice = !visibleNow && slot.endsAt().isAfter(now) ? terms.message("M3") : null;
        return new OnlineVisibility(hidden == null, hidden, rule, from, visibleNow, hidden == null ? audience : null,
                hidden == null ? audienceLabel : null, displayMode, true, notice);
    }
}
