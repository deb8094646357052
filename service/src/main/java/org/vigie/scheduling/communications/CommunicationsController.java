package org.vigie.scheduling.communications;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Permitted;
import org.vigie.web.Bodies;

/** The enterprise's custom texts over HTTP; the rules are {@link CustomTexts}'. */
@RestController
@Tag(name = "Communications", description = "The enterprise's custom e-mail texts and availability-screen messages to patients (RVSQ §3.3)")
class CommunicationsController {
    private static final String COMMUNICATIONS = "/api/clinic/enterprises/{enterpriseId}/communications";

    private final CustomTexts texts;

    CommunicationsController(CustomTexts texts) {
        this.texts = texts;
    }

    @GetMapping(COMMUNICATIONS + "/emails")
    @Operation(operationId = "listEmailTexts", summary = "The enterprise's custom e-mail texts, one per subject and language, for all its "
            + "locations (R249, R250)")
    List<EmailText> emails(@PathVariable long enterpriseId, Actor actor) {
        return texts.emails(actor);
    }

    @PutMapping(COMMUNICATIONS + "/emails/{subject}/{language}")
    @Operation(operationId = "saveEmailText", summary = "A local administrator or super user saves the custom text of one e-mail subject "
            + "in one language (R250); no logo (R251); an empty text goes back to RAMQ's")
    EmailText saveEmail(@PathVariable long enterpriseId, @PathVariable String subject, @PathVariable String language, @RequestBody Text body,
                        @Permitted("communications.edit") Actor actor) {
        return texts.saveEmail(actor, subject, language, Bodies.required(body));
    }

    @PostMapping(COMMUNICATIONS + "/preview")
    @Operation(operationId = "previewCustomText", summary = "« Rafraîchir l'aperçu »: the text as patients would get it, checked like a "
            + "saved one; nothing is saved (R253)")
    Preview preview(@PathVariable long enterpriseId, @RequestBody Text body, @Permitted("communications.edit") Actor actor) {
        return texts.preview(Bodies.required(body));
    }

    @PutMapping(COMMUNICATIONS + "/messages/{messageType}/{scope}/{language}")
    @Operation(operationId = "saveAvailabilityMessage", summary = "A local administrator or super user saves an availability-screen "
            + "message (M-P6, M-P6b, M-P8) for the enterprise (scope ENTERPRISE) or one location (its id), in one language (R252); no logo (R251)")
    MessageText saveMessage(@PathVariable long enterpriseId, @PathVariable String messageType, @PathVariable String scope,
                            @PathVariable String language, @RequestBody Text body, @Permitted("communications.edit") Actor actor) {
        return texts.saveMessage(actor, messageType, scope, language, Bodies.required(body));
    }

    @GetMapping(COMMUNICATIONS + "/messages/{messageType}")
    @Operation(operationId = "readAvailabilityMessage", summary = "The message patients see at a location (or the enterprise's): the "
            + "location's own text, else the enterprise's, else RAMQ's default (§9 A22)")
    MessageText message(@PathVariable long enterpriseId, @PathVariable String messageType,
                        @RequestParam(defaultValue = CustomTexts.ENTERPRISE) String scope, @RequestParam(defaultValue = "FR") String language,
                        Actor actor) {
        return texts.message(actor, messageType, scope, language);
    }
}
