package org.vigie.training;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Caller;

@RestController
@Tag(name = "Course catalogue", description = "The federation's online courses that groups follow, with their recognised hours (FMOQ)")
class CourseCatalogueController {
    private final CourseCatalogue catalogue;

    CourseCatalogueController(CourseCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/api/regulators/{regulator}/training/courses")
    @Operation(operationId = "searchCourses", summary = "The course catalogue: number, title, recognised hours, competencies, categories, "
            + "the 2-minute preview, the slides (PDF) of its library module; search by keyword (q, any word starting so, accents ignored), "
            + "category or type")
    List<CourseCatalogue.Course> courses(@PathVariable String regulator, @RequestParam(required = false) String q,
                                         @RequestParam(required = false) String category, @RequestParam(required = false) String type) {
        Caller.current(); // anyone signed in
        return catalogue.search(regulator, q, category, type);
    }
}
