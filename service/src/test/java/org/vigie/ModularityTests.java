package org.vigie;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** One package per capability; no cycles between them, and no reaching into another's internals. */
class ModularityTests {
    @Test
    void modulesDependOnEachOtherWithoutCyclesAndOnlyThroughTheirApi() {
        ApplicationModules.of(VigieApplication.class).verify();
    }
}
