package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vigie.support.Api;
import org.vigie.support.TestRules;
import org.vigie.support.Traces;

/**
 * Every clinic write of {@link ClinicAuthorizationIntegrationTests#table()}, sent with {@code Accept: application/xml} by a caller
 * allowed to make it, answers a 406 problem before it acts: no table and no rule file changes.
 */
class ClinicWritesRefusedBeforeActingIntegrationTests extends ClinicTest {
    static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Test
    void everyClinicWriteAskedForXmlIsRefusedWith406AndLeavesNoRow() {
        ClinicAuthorizationIntegrationTests operations = borrow(ClinicAuthorizationIntegrationTests.class);
        Traces traces = new Traces(jdbc, TestRules.workspace());
        Api xml = api.with(Map.of("Accept", "application/xml"));
        List<String> checked = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        operations.table().forEach((operation, rule) -> {
            if (!WRITES.contains(operation.split(" ")[0])) {
                return;
            }
            checked.add(operation);
            ClinicAuthorizationIntegrationTests.Fixture fixture = operations.fixture();
            ClinicAuthorizationIntegrationTests.Call call = rule.call().apply(fixture);
            Api.Login login = ClinicAuthorizationIntegrationTests.allowedLogin(rule, fixture);
            if (call.path().startsWith("/api/clinic/sessions/current")) {
                // the caller's own session, opened before the traces are taken
                login = Api.Login.bearer(api.post(login, "/api/clinic/sessions", Map.of("enterpriseId", fixture.enterprise().id())).text("/token"));
            }
            Traces.Snapshot before = traces.settled();
            Api.Response answer = switch (call.method()) {
                case "DELETE" -> xml.delete(login, call.path());
                case "PUT" -> xml.put(login, call.path(), call.body());
                case "PATCH" -> xml.patch(login, call.path(), call.body());
                default -> xml.post(login, call.path(), call.body());
            };
            List<String> changes = Traces.changes(before, traces.settled());
            if (answer.status() != 406 || !answer.headers().getOrDefault("content-type", List.of()).toString().contains("application/problem+json")
                    || answer.text("/detail").isBlank() || !changes.isEmpty()) {
                wrong.add(operation + ": " + answer.status() + " " + answer.raw() + " changed " + changes);
            }
        });
        assertThat(checked).as("clinic writes walked").hasSizeGreaterThan(25);
        assertThat(wrong).isEmpty();
    }
}
