package org.vigie.training;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.stereotype.Component;
import org.vigie.rules.Evaluation;
import org.vigie.rules.PackManifest;
import org.vigie.rules.RulePack;
import org.vigie.rules.RulePacks;
import org.vigie.rules.facts.TrainingActivity;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.Texts;
import org.vigie.web.Validation;

/** Anyone signed in asks whether an activity would be eligible to the allowances; the rules answer, and nothing is saved. */
@Component
class AllowanceEligibility {
    private final RulePacks packs;

    AllowanceEligibility(RulePacks packs) {
        this.packs = packs;
    }

    record AllowanceQuestion(
            @Schema(requiredMode = REQUIRED, example = "2026-03-14") LocalDate date,
            @Schema(requiredMode = REQUIRED, example = "[\"09:00-10:30\", \"10:45-12:15\"]", description = "1 to 20 training blocks")
            List<String> blocks,
            @Schema(requiredMode = REQUIRED, example = "2026-03-01", description = "The day the request would be made") LocalDate requestedOn,
            @Schema(example = "annexXII", description = "One programme only (annexXIX, annexXII); both when absent") String program,
            @Schema(example = "09", description = "The administrative region where the physicians practise") String region) {
    }

    record FindingView(String kind, String code, String rule, String message) {
    }

    record AllowanceAnswer(String status, double consecutiveHours, List<FindingView> findings, String ruleSetVersion) {
    }

    /** The rules' answer, its findings in the language asked for (fr or en). */
    AllowanceAnswer answer(String regulator, AllowanceQuestion question, String language) {
        RulePack pack = packs.require(regulator, PackManifest.TRAINING);
        Validation validation = new Validation().require(question.date() != null, "date", Texts.of("training.activity.date.required"))
                .require(question.requestedOn() != null, "requestedOn", Texts.of("training.allowance.requestedOn.required"))
                .require(question.blocks() != null && !question.blocks().isEmpty() && question.blocks().size() <= 20, "blocks",
                        Texts.of("training.allowance.blocks"));
        validation.throwIfAny();
        AllowanceRules.checkProgram(pack, question.program(), question.region(), false);
        List<TrainingActivity.Block> blocks = TrainingBlocks.parse(question.blocks(), "blocks");
        PackManifest.Cycle period = pack.manifest().cycleOn(question.date())
                // the day written as it was asked (2026-03-14), as this answer always wrote it
                .orElseThrow(() -> new InvalidRequestException("date", pack.parameters().message("refusal.period.none", language,
                        Map.of("date", question.date().toString()))));
        Evaluation evaluation = pack.evaluate(period, List.of(new TrainingActivity(question.date(), blocks, question.requestedOn(),
                question.program(), question.region(), null)));
        return new AllowanceAnswer(evaluation.status() == null ? null : evaluation.status().getCode(),
                evaluation.required("training.consecutive").getValue(),
                evaluation.findings().stream().map(f -> new FindingView(f.getKind(), f.getCode(), f.getRule(), evaluation.message(f, language)))
                        .toList(), evaluation.version());
    }
}
