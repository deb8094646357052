package org.vigie.pathway;

import java.util.List;

import org.vigie.rules.Evaluation;
import org.vigie.rules.RulePack;
import org.vigie.rules.facts.ListItem;
import org.vigie.web.Words;

/** Maps a pathway and what the rules found to the physician's summary; finds catalogue actions by their first letters. */
final class PathwayViews {
    private PathwayViews() {
    }

    /** The physician's summary in a language (fr or en): the CNP's sentences, requirements, certification and labels. */
    static PathwayView of(long physicianId, Pathways.Place place, PathwayRecords.Pathway pathway, List<PathwayRecords.Action> actions,
                          Evaluation evaluation, String language) {
        RulePack pack = place.pack();
        String period = place.period().id();
        String requirements = pack.parameters().hasMessage("requirements." + period)
                ? pack.parameters().message("requirements." + period, language) : pack.parameters().message("requirements", language);
        return new PathwayView(pathway == null ? null : pathway.id(), physicianId, pack.regulator(), pack.manifest().name(),
                new PathwayView.Period(period, place.period().start(), place.period().end()),
                pathway == null ? PathwayRecords.OPEN : pathway.status(), evaluation.gaps().isEmpty(), evaluation.summary(language),
                evaluation.gaps().stream().map(g -> new PathwayView.PathwayGapView(g.getRequirement(), (int) Math.round(g.getMissing()),
                        (int) Math.round(g.getRequired()), g.getRule())).toList(),
                actions.stream().map(a -> action(pack, a, language)).toList(),
                Pathways.categories(pack).stream().map(c -> new PathwayView.Category(c.getCode(), label(c, language))).toList(),
                requirements, pack.parameters().message("certification", language),
                pack.parameters().list("documents").stream()
                        .map(d -> new PathwayView.Document(label(d, language), String.valueOf(d.getAttributes().get("url")))).toList(),
                pathway == null ? null : new PathwayView.PathwayDecision(pathway.requestedAt(), pathway.decidedAt(), pathway.decidedBy(),
                        pathway.decisionReason()),
                new PathwayView.RuleSet(evaluation.version(), evaluation.hash()));
    }

    /**
     * Where the pathway's validation stands (OPEN, REQUESTED, VALIDATED, REFUSED) as the CNP words it in a language
     * (its message {@code state.<state>}).
     */
    static String stateLabel(RulePack pack, String state, String language) {
        return pack.parameters().message("state." + state, language);
    }

    static PathwayView.ActionView action(RulePack pack, PathwayRecords.Action a, String language) {
        return new PathwayView.ActionView(a.id(), a.code(), pack.parameters().item("actions", a.code()).map(i -> label(i, language)).orElse(a.code()),
                a.complement(), a.date(), List.copyOf(pack.parameters().codesOf("actions", a.code(), "categories")),
                a.proof() == null ? null : new PathwayView.ProofView(a.proof().description(), a.proof().filename(),
                        a.proof().contentType(), a.proof().sizeBytes()));
    }

    static String label(ListItem item) {
        return label(item, "fr");
    }

    /** A list entry's label in a language, in French when the pack gives none in that language, else its code. */
    static String label(ListItem item, String language) {
        return item.label(language);
    }

    /** A catalogue action, as the physician picks it. */
    record CatalogueAction(String action, String label, List<String> categories) {
    }

    /**
     * The actions whose name has a word starting with the letters typed, ignoring case and accents
     * (« for » finds « Formation », « Formation en ligne, elearning », « Formation ODPC »); all of them when nothing is typed.
     * Named in a language (in French when the CNP gives no name in it), found by that name or the French one.
     */
    static List<CatalogueAction> search(RulePack pack, String typed, String language) {
        return pack.parameters().list("actions").stream()
                .filter(a -> Words.anyWordStartsWith(label(a, language), typed) || Words.anyWordStartsWith(label(a), typed))
                .map(a -> new CatalogueAction(a.getCode(), label(a, language),
                        List.copyOf(pack.parameters().codesOf("actions", a.getCode(), "categories"))))
                .toList();
    }

}
