package org.vigie.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every rule author's case of every pack under rules/, each as its own test. */
class AuthorCasesTests {

    static Path rulesDirectory() {
        return org.vigie.support.TestRules.source();
    }

    @TestFactory
    Stream<DynamicTest> everyPackPassesItsAuthorsCases() throws IOException {
        List<Path> packs;
        try (Stream<Path> dirs = Files.list(rulesDirectory())) {
            packs = dirs.filter(d -> Files.exists(d.resolve("pack.yaml"))).sorted().toList();
        }
        assertThat(packs).as("rule packs under " + rulesDirectory()).isNotEmpty();
        return packs.stream().flatMap(dir -> {
            RulePack pack = PackCompiler.compile(dir);
            return AuthorCases.read(dir).stream().map(c -> DynamicTest.dynamicTest(
                    dir.getFileName() + "/" + c.file() + ": " + c.name(),
                    () -> assertThat(AuthorCases.run(pack, c)).as(c.name()).isEmpty()));
        });
    }
}
