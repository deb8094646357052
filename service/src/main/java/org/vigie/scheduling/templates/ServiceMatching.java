package org.vigie.scheduling.templates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.vigie.scheduling.offering.OfferedServices.OfferedService;

/**
 * §9 A10: a template's services come from any professional of its location, but a slot offers its own professional's. Two
 * services are the same when they have the same type, reason and duration; each template service becomes the professional's
 * own active one that matches (the oldest, should they have two).
 */
final class ServiceMatching {
    private ServiceMatching() {
    }

    /** The professional's service for each template service, by the template service's id; {@code missing} hears of the first one they lack. */
    static Map<Long, Long> map(Template template, List<OfferedService> own, Consumer<Template.TemplateService> missing) {
        Map<Long, Long> mapped = new HashMap<>();
        template.slots().stream().flatMap(s -> s.services().stream()).forEach(wanted -> {
            if (mapped.containsKey(wanted.serviceId())) {
                return;
            }
            own.stream().filter(o -> !o.deleted() && o.appointmentType().equals(wanted.appointmentType()) && o.reason().equals(wanted.reason())
                            && o.durationMinutes() == wanted.durationMinutes()).map(OfferedService::id).min(Long::compare)
                    .ifPresentOrElse(id -> mapped.put(wanted.serviceId(), id), () -> missing.accept(wanted));
        });
        return mapped;
    }
}
