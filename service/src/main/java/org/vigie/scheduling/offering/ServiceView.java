package org.vigie.scheduling.offering;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

import org.vigie.scheduling.SchedulingRules;
import org.vigie.web.Languages;

/** A service as the API shows it: the reason's label and the state in the pack's words (« inactif » once deleted, R78). */
record ServiceView(long id, String appointmentType, String reason, String reasonLabel, int durationMinutes,
                   @Schema(description = "The version of rules/scheduling that accepted the service") String ruleSetVersion,
                   Instant deletedAt, @Schema(description = "actif, or the pack's M5 (« inactif ») once deleted") String state) {
    static ServiceView of(Service service, SchedulingRules rules) {
        String label = rules.pack().parameters().item("reasons", service.reason()).map(r -> r.label(Languages.current())).orElse(service.reason());
        return new ServiceView(service.id(), service.appointmentType(), service.reason(), label, service.durationMinutes(),
                service.ruleSetVersion(), service.deletedAt(), service.deleted() ? rules.message("M5") : rules.text("service.state.active"));
    }
}
