package org.vigie;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * One package per capability; no cycles between them, and no reaching into another's internals (Spring Modulith's
 * verify). Scheduling is nested: a part of it (people, access, offering, communications, availability, booking, templates) is reached
 * only through the types of its own package, by its siblings, and the other capabilities see scheduling's root only.
 */
class ModularityTests {
    private static final String SCHEDULING = "org.vigie.scheduling";
    private static final List<String> PARTS = List.of("people", "access", "offering", "communications", "availability", "booking",
            "templates", "patients", "reports", "notices");
    private static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.vigie");

    @Test
    void modulesDependOnEachOtherWithoutCyclesAndOnlyThroughTheirApi() {
        ApplicationModules.of(VigieApplication.class).verify();
    }

    @Test
    void hoursTrainingAndTheOtherCapabilitiesReachNoPartOfScheduling() {
        noClasses().that().resideOutsideOfPackage(SCHEDULING + "..")
                .should().dependOnClassesThat().resideInAnyPackage(PARTS.stream().map(p -> SCHEDULING + "." + p + "..").toArray(String[]::new))
                .because("scheduling's parts are its internals: another capability uses the root's published types or events")
                .check(MAIN);
    }

    @Test
    void aPartOfSchedulingReachesASiblingOnlyThroughTheTypesOfItsPackage() {
        for (String part : PARTS) {
            noClasses().that().resideOutsideOfPackage(SCHEDULING + "." + part + "..")
                    .should().dependOnClassesThat().resideInAPackage(SCHEDULING + "." + part + ".*..")
                    .because(part + "'s sub-packages are its internals").allowEmptyShould(true)
                    .check(MAIN);
        }
    }
}
