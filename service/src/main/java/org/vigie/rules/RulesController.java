package org.vigie.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.ForbiddenException;
import org.vigie.web.Caller;
import org.vigie.web.Role;

@RestController
@Tag(name = "Rules", description = "What each regulator's rule set offers, and how its packs stand")
class RulesController {
    private final RulePacks packs;

    RulesController(RulePacks packs) {
        this.packs = packs;
    }

    record CycleView(String id, LocalDate start, LocalDate end) {
    }

    record ListEntry(String code, Map<String, Object> attributes) {
    }

    /** The lists a member picks from (categories, activity types, motives, catalogues) and the cycles. */
    record Catalogue(String regulator, String name, String ruleSetVersion, String ruleSetHash, List<CycleView> cycles,
                     Map<String, List<ListEntry>> lists) {
    }

    @GetMapping("/api/regulators/{regulator}/catalogue")
    @Operation(summary = "The regulator's cycles and lists (categories, activity types, exemption motives, catalogues)")
    Catalogue catalogue(@PathVariable String regulator) {
        Caller.current();
        RulePack pack = packs.require(regulator);
        Map<String, List<ListEntry>> lists = new TreeMap<>();
        pack.parameters().lists().forEach((name, items) ->
                lists.put(name, items.stream().map(i -> new ListEntry(i.getCode(), i.getAttributes())).toList()));
        return new Catalogue(pack.regulator(), pack.manifest().name(), pack.version(), pack.hash(),
                pack.manifest().cycles().stream().map(c -> new CycleView(c.id(), c.start(), c.end())).toList(), lists);
    }

    @PostMapping("/api/regulators/{regulator}/rules/validation")
    @Operation(summary = "Compile the regulator's rule folder as it is now and run its author cases, activating nothing "
            + "(staff: own regulator): every problem with file, line and column")
    RulePacks.PackValidation validate(@PathVariable String regulator) {
        Caller caller = Caller.current();
        caller.requireStaffOrAdmin();
        caller.requireActsFor(regulator);
        return packs.validate(regulator);
    }

    @GetMapping("/api/rules/packs")
    @Operation(summary = "Each rule pack: the version serving and the problems of the last compilation (staff: own regulator)")
    List<PackStatus> statuses() {
        Caller caller = Caller.current();
        if (caller.role() == Role.MEMBER) {
            throw new ForbiddenException("L'état des règles est réservé au personnel des ordres.");
        }
        return packs.statuses().stream().filter(s -> caller.isAdmin() || caller.isStaffOf(s.regulator())).toList();
    }
}
