package org.vigie.training;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.vigie.rules.Evaluation;
import org.vigie.rules.RulePack;
import org.vigie.rules.facts.Finding;
import org.vigie.web.ConflictException;
import org.vigie.web.Languages;
import org.vigie.web.Texts;
import org.vigie.web.Validation;

/** What the pack says about an allowance request or question: its lists check the programme and region, its rules the activity. */
final class AllowanceRules {
    /** Refusals about what the leader typed, on the field concerned (400); every other reason concerns the activity (409). */
    private static final Map<String, String> FIELDS = Map.of("allowance.regionNotDesignated", "region");

    private AllowanceRules() {
    }

    /**
     * The programme and region of an allowance request or question, against the pack's lists: a known programme (required for a
     * request), a known region, and one where the programme needs it (annex XII).
     */
    static void checkProgram(RulePack pack, String program, String region, boolean programRequired) {
        new Validation().require(program == null && !programRequired || program != null && pack.parameters().item("allowancePrograms", program).isPresent(),
                        "program", Texts.of("training.allowance.program.unknown", Map.of("program", String.valueOf(program),
                                "programs", String.join(", ", pack.parameters().list("allowancePrograms").stream().map(i -> i.getCode()).toList()))))
                .require(region == null || pack.parameters().item("regions", region).isPresent(), "region",
                        Texts.of("training.allowance.region.unknown", "region", region))
                .require(region != null || !pack.parameters().item("allowancePrograms", String.valueOf(program))
                        .map(p -> "true".equals(p.attribute("needsRegion"))).orElse(false), "region",
                        pack.parameters().message("refusal.allowance.regionRequired", Languages.current()))
                .throwIfAny();
    }

    /** Nothing when the rules found the activity eligible; otherwise the rules' sentences (in the language asked for), on the field when they concern one. */
    static void refuseIfIneligible(Evaluation evaluation, String language) {
        List<Finding> refusals = evaluation.findings("ineligible");
        if (refusals.isEmpty()) {
            return;
        }
        if (refusals.stream().allMatch(f -> FIELDS.containsKey(f.getCode()))) {
            Validation refused = new Validation();
            refusals.forEach(f -> refused.refuse(FIELDS.get(f.getCode()), evaluation.message(f, language)));
            refused.throwIfAny();
        }
        throw new ConflictException(refusals.stream().map(f -> evaluation.message(f, language)).collect(Collectors.joining(" ")));
    }
}
