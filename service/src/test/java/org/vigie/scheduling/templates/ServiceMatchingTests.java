package org.vigie.scheduling.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigie.scheduling.offering.OfferedServices.OfferedService;

/** §9 A10 in milliseconds: a template's services become the professional's own by type, reason and duration. */
class ServiceMatchingTests {
    static Template template(Template.TemplateService... services) {
        return new Template(1, 1, "Semaine type", List.of("PHYSICIAN"), List.of(7L), List.of(new Template.TemplateSlot(1L, DayOfWeek.MONDAY,
                LocalTime.of(9, 0), LocalTime.of(12, 0), "PUBLIC", null, null, List.of(services))), "CE000001", null);
    }

    static OfferedService own(long id, String type, String reason, int minutes, boolean deleted) {
        return new OfferedService(id, type, reason, reason, minutes, deleted);
    }

    @Test
    void A10_eachTemplateServiceBecomesTheOldestActiveServiceOfTheSameTypeReasonAndDuration() {
        var template = template(new Template.TemplateService(100, "MF", "MINOR_EMERGENCY", 15),
                new Template.TemplateService(101, "MF", "PRIORITY_CONSULTATION", 15));
        List<Template.TemplateService> missing = new ArrayList<>();
        Map<Long, Long> mapped = ServiceMatching.map(template, List.of(own(9, "MF", "MINOR_EMERGENCY", 15, false),
                own(5, "MF", "MINOR_EMERGENCY", 15, false), own(6, "MF", "PRIORITY_CONSULTATION", 15, false)), missing::add);
        assertThat(mapped).containsExactlyInAnyOrderEntriesOf(Map.of(100L, 5L, 101L, 6L));
        assertThat(missing).isEmpty();
    }

    @Test
    void A10_anotherDurationTypeOrADeletedServiceDoesNotMatch() {
        var wanted = new Template.TemplateService(100, "MF", "MINOR_EMERGENCY", 15);
        List<Template.TemplateService> missing = new ArrayList<>();
        Map<Long, Long> mapped = ServiceMatching.map(template(wanted), List.of(own(1, "MF", "MINOR_EMERGENCY", 30, false),
                own(2, "GEN", "MINOR_EMERGENCY", 15, false), own(3, "MF", "MINOR_EMERGENCY", 15, true)), missing::add);
        assertThat(mapped).isEmpty();
        assertThat(missing).containsExactly(wanted);
    }
}
