package org.vigie.scheduling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.vigie.rules.Evaluation;
import org.vigie.rules.PackManifest;
import org.vigie.rules.RulePack;
import org.vigie.rules.RulePackUnavailableException;
import org.vigie.rules.RulePacks;
import org.vigie.rules.facts.ListItem;
import org.vigie.rules.facts.Parameters;
import org.vigie.web.Languages;
import org.vigie.web.Validation;

/**
 * What the provincial operator decides, read from rules/scheduling: the reference lists, the
 * permission matrix, the messages, and the rules on services and service groups. Nothing here is
 * a constant of the code: the pack is hot-reloaded like every other.
 */
@Component
public class SchedulingRules {
    static final String PACK = "scheduling";

    private final RulePacks packs;
    private final Clock clock;
    private volatile InForce inForce;

    SchedulingRules(RulePacks packs, Clock clock) {
        this.packs = packs;
        this.clock = clock;
    }

    public RulePack pack() {
        return packs.require(PACK, PackManifest.SCHEDULING);
    }

    /** The numbers and lists in force today. */
    public Parameters today() {
        RulePack pack = pack();
        LocalDate today = LocalDate.now(clock);
        InForce known = inForce;
        if (known == null || known.pack() != pack || !known.day().equals(today)) {
            // a request asks several times (a booking about ten): the numbers in force are gathered once per pack and day
            known = new InForce(pack, today, pack.parameters().inForce(today));
            inForce = known;
        }
        return known.parameters();
    }

    /** The parameters in force on a day in one version of the pack (a reload serves a new RulePack). */
    private record InForce(RulePack pack, LocalDate day, Parameters parameters) {
    }

    public boolean known(String list, String code) {
        return code != null && pack().parameters().item(list, code).isPresent();
    }

    public List<String> codes(String list) {
        return pack().parameters().list(list).stream().map(ListItem::getCode).toList();
    }

    /** The code of a list's entry marked default: "true", else its first entry's (the value before anyone chooses). */
    public String defaultCode(String list) {
        List<ListItem> items = pack().parameters().list(list);
        return items.stream().filter(i -> "true".equals(i.attribute("default"))).findFirst()
                .or(() -> items.stream().findFirst()).map(ListItem::getCode)
                .orElseThrow(() -> new IllegalStateException("the scheduling pack has no list '" + list + "'"));
    }

    /** The value attribute of a list's entry, e.g. displayDefaults/displayFrom; a missing one is a fault of the pack. */
    public String value(String list, String code) {
        return pack().parameters().item(list, code).map(i -> i.attribute("value"))
                .orElseThrow(() -> new IllegalStateException("the scheduling pack has no " + list + "/" + code + " value"));
    }

    /** A message of the guide (M1, M16…) in the caller's language (Accept-Language: English, French otherwise). */
    public String message(String code) {
        return message(code, Languages.current());
    }

    /** A message of the guide in this language ("fr" or "en"). */
    public String message(String code, String language) {
        return pack().parameters().message("message." + code, language);
    }

    /** The class a practice number's first characters give (R43, §9 A25), from the pack's list; null without a number. */
    public String professionalClass(String practiceNumber) {
        if (practiceNumber == null) {
            return null;
        }
        return pack().parameters().list("practiceClasses").stream()
                .filter(c -> practiceNumber.startsWith(c.attribute("prefix")))
                .max(java.util.Comparator.comparingInt(c -> c.attribute("prefix").length()))
                .map(c -> c.getCode()).orElse("OTHER");
    }

    /** A message of the pack by its key, in the caller's language. */
    public String text(String key) {
        return text(key, Map.of());
    }

    /**
     * Refuses the field unless its value is a code of the pack's list, in the caller's language: the message {@code key}
     * names the value as sent ({code}, « null » when none) and the list's codes ({codes}: « F, M »), e.g. « Sexe inconnu :
     * « X » (F, M). »; worded only when refused.
     */
    public Validation requireInList(Validation validation, String field, String list, String code, String key) {
        return validation.require(known(list, code), field,
                () -> text(key, Map.of("code", String.valueOf(code), "codes", String.join(", ", codes(list)))));
    }

    /** A message of the pack by its key, its {placeholders} filled, in the caller's language (French unless they ask for English). */
    public String text(String key, Map<String, ?> values) {
        return pack().parameters().message(key, Languages.current(), values);
    }

    /** Whether the matrix lets this column (LA, SU, HP_OWN, RW, RO, NONE) do the action; an unknown action is allowed to nobody. */
    public boolean allows(String action, String column) {
        return pack().parameters().item("actions", action).map(a -> "true".equals(a.attribute(column))).orElse(false);
    }

    /**
     * The matrix's refusal of an action in the caller's language: the message {@code key} (access.refused and its variants)
     * with the action's label from the list {@code actions}, its first letter in lower case.
     */
    public String refusal(String key, String action) {
        String language = Languages.current();
        String label = pack().parameters().item("actions", action)
                .map(a -> a.label(language)).orElse(action);
        String lowered = label.isEmpty() ? label
                : label.substring(0, 1).toLowerCase(java.util.Locale.forLanguageTag(language)) + label.substring(1);
        return text(key, Map.of("action", lowered));
    }

    /** Runs the pack's rules on a proposed service or group; every violation becomes a 400 on the field the map names. */
    public Evaluation check(Object fact, Map<String, String> fieldOfFinding) {
        RulePack pack = pack();
        LocalDate today = LocalDate.now(clock);
        PackManifest.Cycle period = pack.manifest().cycleOn(today)
                .orElseThrow(() -> new RulePackUnavailableException(PACK, List.of())); // no period of the pack covers today
        Evaluation evaluation = pack.evaluate(period, List.of(fact));
        Validation refused = new Validation();
        evaluation.findings("violation").forEach(f -> refused.refuse(fieldOfFinding.getOrDefault(f.getCode(), "service"),
                evaluation.message(f, Languages.current())));
        refused.throwIfAny();
        return evaluation;
    }
}
