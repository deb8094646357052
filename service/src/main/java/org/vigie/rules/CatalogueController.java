package org.vigie.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Caller;

@RestController
@Tag(name = "Catalogues", description = "What a regulator's rule set offers to choose from: its cycles, categories, activity types, "
        + "exemption motives and catalogues; a CNP's actions")
class CatalogueController {
    private final RulePacks packs;

    CatalogueController(RulePacks packs) {
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
    @Operation(operationId = "readCatalogue", summary = "The regulator's cycles and lists (categories, activity types, exemption "
            + "motives, catalogues)")
    Catalogue catalogue(@PathVariable String regulator) {
        Caller.current();
        RulePack pack = packs.require(regulator);
        Map<String, List<ListEntry>> lists = new TreeMap<>();
        pack.parameters().lists().forEach((name, items) ->
                lists.put(name, items.stream().map(i -> new ListEntry(i.getCode(), i.getAttributes())).toList()));
        return new Catalogue(pack.regulator(), pack.manifest().name(), pack.version(), pack.hash(),
                pack.manifest().cycles().stream().map(c -> new CycleView(c.id(), c.start(), c.end())).toList(), lists);
    }
}
