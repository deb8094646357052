package org.vigie.training;

import java.util.List;

import org.springframework.stereotype.Component;
import org.vigie.rules.PackManifest;
import org.vigie.rules.RulePack;
import org.vigie.rules.RulePacks;
import org.vigie.web.Words;

/** The federation's course catalogue: a list of its pack ({@code courses}), searched as the leaders type. */
@Component
class CourseCatalogue {
    private final RulePacks packs;

    CourseCatalogue(RulePacks packs) {
        this.packs = packs;
    }

    /** A course of the catalogue, as its card and details show it. */
    record Course(String number, String title, double hours, String type, List<String> competencies, List<String> categories,
                  String preview, String slides) {
    }

    /** The courses with a word of their title or number starting with {@code q}, of the category and type given (all when blank). */
    List<Course> search(String regulator, String q, String category, String type) {
        RulePack pack = packs.require(regulator, PackManifest.TRAINING);
        String wantedCategory = Words.fold(category);
        return pack.parameters().list("courses").stream().map(c -> new Course(c.getCode(), c.attribute("fr"),
                        Double.parseDouble(c.attribute("hours")), c.attribute("type"),
                        List.copyOf(pack.parameters().codesOf("courses", c.getCode(), "competencies")),
                        List.copyOf(pack.parameters().codesOf("courses", c.getCode(), "categories")), c.attribute("preview"),
                        c.attribute("slides")))
                .filter(c -> Words.anyWordStartsWith(c.title() + " " + c.number(), q))
                .filter(c -> wantedCategory.isEmpty() || c.categories().stream().anyMatch(k -> Words.fold(k).equals(wantedCategory)))
                .filter(c -> type == null || type.isBlank() || type.equals(c.type()))
                .toList();
    }
}
