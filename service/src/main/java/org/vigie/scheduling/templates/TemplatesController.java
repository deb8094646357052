package org.vigie.scheduling.templates;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.scheduling.Actor;
import org.vigie.web.Bodies;

/** Schedule templates over HTTP: kept by {@link TemplateKeeping}, applied to a professional's weeks by {@link TemplateApplication}. */
@RestController
@Tag(name = "Schedule templates", description = "Weeks from Sunday to Saturday of slots at one location, kept and applied to a "
        + "professional's weeks (RVSQ §3.8, §3.4.8)")
class TemplatesController {
    private static final String TEMPLATES = "/api/clinic/enterprises/{enterpriseId}/templates";

    private final TemplateKeeping keeping;
    private final TemplateApplication application;

    TemplatesController(TemplateKeeping keeping, TemplateApplication application) {
        this.keeping = keeping;
        this.application = application;
    }

    @GetMapping(TEMPLATES)
    @Operation(operationId = "listTemplates", summary = "The templates of the locations where you may write on at least one professional's "
            + "agenda (R142), by location and name")
    List<Template> list(@PathVariable long enterpriseId, Actor actor) {
        return keeping.list(actor);
    }

    @PostMapping(TEMPLATES)
    @Operation(operationId = "createTemplate", summary = "A template at a location where you may write on at least one professional (R141, "
            + "R144): a name unique there (R148, 409), professions (R149), professionals (R150), at least one slot (R151); its slots offer "
            + "services of the location's professionals, never groups (R145), public ones from a number of days before (R146)")
    ResponseEntity<Template> create(@PathVariable long enterpriseId, @RequestBody TemplateForm body, Actor actor) {
        return ResponseEntity.status(HttpStatus.CREATED).body(keeping.create(actor, Bodies.required(body)));
    }

    @GetMapping(TEMPLATES + "/{templateId}")
    @Operation(operationId = "readTemplate", summary = "One template, when you may keep templates at its location (R142)")
    Template read(@PathVariable long enterpriseId, @PathVariable long templateId, Actor actor) {
        return keeping.read(actor, templateId);
    }

    @PutMapping(TEMPLATES + "/{templateId}")
    @Operation(operationId = "changeTemplate", summary = "Changes a template's name, professions, professionals and slots under the same "
            + "rules; its location never changes (R152: another one is refused on locationId)")
    Template change(@PathVariable long enterpriseId, @PathVariable long templateId, @RequestBody TemplateForm body, Actor actor) {
        return keeping.change(actor, templateId, Bodies.required(body));
    }

    @DeleteMapping(TEMPLATES + "/{templateId}")
    @Operation(operationId = "deleteTemplate", summary = "Deletes a template (R153); the slots it made stay")
    ResponseEntity<Void> delete(@PathVariable long enterpriseId, @PathVariable long templateId, Actor actor) {
        keeping.delete(actor, templateId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/clinic/enterprises/{enterpriseId}/professionals/{professionalId}/weeks/{sunday}/apply-template")
    @Operation(operationId = "applyTemplate", summary = "Applies a template to the week and the next X weeks (R156, X ≤ 52), all or none: "
            + "each template service becomes the professional's own of the same type, reason and duration, else M15 (R157); refused when "
            + "a slot would have ended (R158) or already exists identically (409); appointments are untouched (R159); « À partir de » is "
            + "the date less the days before, at the opening time (R160); dryRun is the preview, nothing saved (R161)")
    ResponseEntity<TemplateApplication.Applied> apply(@PathVariable long enterpriseId, @PathVariable long professionalId,
                                                      @Parameter(description = "The displayed week's Sunday", example = "2026-12-13")
                                                      @PathVariable LocalDate sunday,
                                                      @RequestParam(defaultValue = "false") boolean dryRun, @RequestBody ApplyForm body,
                                                      Actor actor) {
        var applied = application.apply(actor, professionalId, sunday, Bodies.required(body), dryRun);
        return ResponseEntity.status(dryRun ? HttpStatus.OK : HttpStatus.CREATED).body(applied);
    }
}
