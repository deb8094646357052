package org.vigie.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vigie.support.TestClock;
import org.vigie.support.TestRules;

/**
 * The README's curl walk-throughs, run as written, in order, with bash and curl, against a service started as the run command
 * starts it: the embedded database, fresh; the administrator's password {@code admin}; no mail server (mail waits in the
 * outbox). Every call must answer the status the README shows after it ({@code # -> 201 …}), or a 2xx when it shows none.
 * Two things differ, and only in time: the service's clock stands on 2026-12-04 (the walk-throughs' dates are in its future),
 * and the hold the walk-through extends lasts 1 minute instead of the pack's 5, so its {@code sleep 275} is a {@code sleep 35}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:vigie-readme;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE",
        "spring.datasource.username=sa", "spring.datasource.password=", "vigie.security.admin-password=admin",
        "spring.mail.port=2525", "vigie.notices.relay-interval=1s"})
@Import(TestClock.Configuration.class)
class ReadmeWalkThroughIntegrationTests {
    private static final Path REPOSITORY = TestRules.source().getParent();
    private static final Pattern CURL = Pattern.compile("(?:^|[;|&(]\\s*)curl\\s");
    private static final Pattern EXPECTED = Pattern.compile("^#\\s*->\\s*(\\d{3})\\b");

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @DynamicPropertySource
    static void rules(DynamicPropertyRegistry registry) throws IOException {
        Path rules = Files.createTempDirectory("vigie-readme-rules");
        TestRules.copy(TestRules.source(), rules);
        Path requirements = rules.resolve("scheduling/parameters/requirements.yaml");
        String yaml = Files.readString(requirements);
        int at = yaml.indexOf("  hold.duration:");
        int values = yaml.indexOf("    values:", at);
        int end = yaml.indexOf("\n  hold.", values);
        Files.writeString(requirements, yaml.substring(0, values) + "    values:\n      2025-01-01: 1\n" + yaml.substring(end + 1));
        registry.add("vigie.rules.directory", rules::toString);
        registry.add("vigie.attestations.keys-directory", () -> rules.resolveSibling(rules.getFileName() + "-keys").toString());
    }

    /** One curl call of the README: its place and the status it must answer. */
    record Call(int line, String text, int expected) {
        boolean accepts(int status) {
            return expected == 0 ? status >= 200 && status < 300 : status == expected;
        }
    }

    @Test
    void everyWalkThroughRunsAsWrittenAndAnswersTheStatusesItShows() throws Exception {
        clock.today(LocalDate.of(2026, 12, 4));
        List<String> readme = Files.readAllLines(REPOSITORY.resolve("README.md"), StandardCharsets.UTF_8);
        StringBuilder script = new StringBuilder();
        List<Call> calls = new ArrayList<>();
        boolean inBlock = false;
        for (int i = 0; i < readme.size(); i++) {
            String line = readme.get(i);
            if (!inBlock && (line.equals("```sh") || line.equals("```bash"))) {
                inBlock = true;
                continue;
            }
            if (inBlock && line.equals("```")) {
                inBlock = false;
                continue;
            }
            if (!inBlock || line.startsWith("bin/")) {
                continue; // the rule authors' commands run without a service (RulePacksTests)
            }
            String trimmed = line.trim();
            Matcher expected = EXPECTED.matcher(trimmed);
            if (expected.find()) {
                assertThat(calls).as("README line " + (i + 1) + " shows a status after no call").isNotEmpty();
                Call last = calls.remove(calls.size() - 1);
                calls.add(new Call(last.line(), last.text(), Integer.parseInt(expected.group(1))));
            } else if (!trimmed.startsWith("#")) {
                Matcher curl = CURL.matcher(line.replace("$(curl", "(curl"));
                while (curl.find()) {
                    calls.add(new Call(i + 1, trimmed, 0));
                }
            }
            script.append(line.replace("http://localhost:8080", "http://localhost:" + port).replace("sleep 275", "sleep 35")).append('\n');
        }
        assertThat(calls).as("the README's walk-throughs").hasSizeGreaterThan(40);

        Path work = Files.createTempDirectory("vigie-readme-run");
        Files.createSymbolicLink(work.resolve("docs"), REPOSITORY.resolve("docs"));
        Path statuses = work.resolve("statuses");
        String prelude = "set -u\n"
                + "curl() { local out; out=$(command curl -sS -w '\\n%{http_code}' \"$@\"); echo \"${out##*$'\\n'}\" >> '" + statuses + "';"
                + " printf '%s\\n' \"${out%$'\\n'*}\"; }\n";
        Files.writeString(work.resolve("walk-through.sh"), prelude + script, StandardCharsets.UTF_8);
        Process bash = new ProcessBuilder("bash", "walk-through.sh").directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("output").toFile()).start();
        assertThat(bash.waitFor(5, TimeUnit.MINUTES)).as("the walk-throughs end").isTrue();
        String output = Files.readString(work.resolve("output"));
        List<Integer> answered = Files.exists(statuses)
                ? Files.readAllLines(statuses).stream().map(String::trim).map(Integer::parseInt).toList() : List.of();

        assertThat(answered).as("one status per call; output:\n" + output).hasSameSizeAs(calls);
        for (int n = 0; n < calls.size(); n++) {
            Call call = calls.get(n);
            assertThat(call.accepts(answered.get(n))).as("README line %d (%s) answered %d, the README shows %s; output:%n%s", call.line(),
                    call.text(), answered.get(n), call.expected() == 0 ? "2xx" : call.expected(), output).isTrue();
        }
        assertThat(Files.readString(work.resolve("annules.csv"), StandardCharsets.UTF_8)).as("the report the README saves")
                .startsWith("\uFEFF").contains("1000000001");
    }
}
