package org.vigie.scheduling.offering;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Permitted;
import org.vigie.web.Bodies;

/** A health professional's options over HTTP; the rules are {@link BookingOptions}'. */
@RestController
@Tag(name = "Professional options", description = "A health professional's booking horizon: how many weeks ahead patients see their "
        + "slots online (RVSQ §3.2.4)")
class ProfessionalOptionsController {
    private static final String OPTIONS = "/api/clinic/enterprises/{enterpriseId}/professionals/{professionalId}/options";

    private final BookingOptions options;

    ProfessionalOptionsController(BookingOptions options) {
        this.options = options;
    }

    @GetMapping(OPTIONS)
    @Operation(operationId = "readProfessionalOptions", summary = "The professional's options: the booking horizon, off by default (R88)")
    Options options(@PathVariable long enterpriseId, @PathVariable long professionalId, Actor actor) {
        return options.options(actor, professionalId);
    }

    @PutMapping(OPTIONS)
    @Operation(operationId = "changeProfessionalOptions", summary = "A local administrator or super user limits how far ahead patients see "
            + "the professional's slots online: a number of Sunday-to-Saturday weeks from the offered list (R89, R91), saved at once (R92); "
            + "never limits the clinic's own bookings (R90)")
    Options changeOptions(@PathVariable long enterpriseId, @PathVariable long professionalId, @RequestBody OptionsForm body,
                          @Permitted("professional.services.manage") Actor actor) {
        return options.change(actor, professionalId, Bodies.required(body));
    }
}
