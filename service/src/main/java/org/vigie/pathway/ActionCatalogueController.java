package org.vigie.pathway;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.rules.PackManifest;
import org.vigie.rules.RulePacks;
import org.vigie.web.Caller;
import org.vigie.web.Languages;

@RestController
@Tag(name = "Catalogues")
class ActionCatalogueController {
    private final RulePacks packs;

    ActionCatalogueController(RulePacks packs) {
        this.packs = packs;
    }

    @GetMapping("/api/regulators/{cnp}/actions")
    @Operation(operationId = "searchCatalogueActions", summary = "The CNP's catalogue of actions, or those with a word starting with "
            + "the letters typed (q=for)")
    List<PathwayViews.CatalogueAction> catalogue(@PathVariable String cnp, @RequestParam(required = false) String q) {
        Caller.current();
        return PathwayViews.search(packs.require(cnp, PackManifest.PATHWAY), q, Languages.current());
    }
}
