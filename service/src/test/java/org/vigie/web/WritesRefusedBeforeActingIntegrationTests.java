package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.vigie.support.Api;
import org.vigie.support.ApiTest;
import org.vigie.support.TestRules;
import org.vigie.support.Traces;

/**
 * A caller who accepts no format the API answers in is told 406 before anything is done: every write of
 * {@link AuthorizationIntegrationTests#table()}, sent with {@code Accept: application/xml} by a caller allowed to make it, answers
 * a 406 problem and leaves every table, the rules folder and the signing keys as they were.
 */
class WritesRefusedBeforeActingIntegrationTests extends ApiTest {
    static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    static final Map<String, String> XML = Map.of("Accept", "application/xml");

    @Autowired
    Environment environment;

    @Test
    void everyWriteAskedForXmlIsRefusedWith406AndLeavesNoRowAndNoFile() {
        AuthorizationIntegrationTests operations = borrow(AuthorizationIntegrationTests.class);
        operations.callers();
        Traces traces = new Traces(jdbc, TestRules.workspace(),
                Path.of(environment.getProperty("vigie.attestations.keys-directory", "data/keys")));
        List<String> checked = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        operations.table().forEach((operation, rule) -> {
            if (!WRITES.contains(operation.split(" ")[0])) {
                return;
            }
            checked.add(operation);
            Api.MemberLogin owner = api.newMember();
            AuthorizationIntegrationTests.Call call = rule.call().apply(owner);
            Api.Login login = operations.login(AuthorizationIntegrationTests.allowedCaller(rule), owner);
            Traces.Snapshot before = traces.settled();
            Api.Response answer = AuthorizationIntegrationTests.send(api.with(XML), call, login);
            List<String> changes = Traces.changes(before, traces.settled());
            if (answer.status() != 406 || !answer.headers().getOrDefault("content-type", List.of()).toString().contains("application/problem+json")
                    || answer.text("/detail").isBlank() || !changes.isEmpty()) {
                wrong.add(operation + ": " + answer.status() + " " + answer.raw() + " changed " + changes);
            }
        });
        assertThat(checked).as("writes walked").hasSizeGreaterThan(40);
        assertThat(wrong).isEmpty();
    }

    @Test
    void theSameWriteAcceptingJsonIsMadeAndShowsInTheTraces() {
        Traces traces = new Traces(jdbc, TestRules.workspace());
        Traces.Snapshot before = traces.settled();
        var created = api.post(Api.admin(), "/api/staff", Map.of("username", "s-" + java.util.UUID.randomUUID(), "password", Api.PASSWORD,
                "regulator", "otpq"), Map.of("Accept", "application/xml, application/json;q=0.5"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(Traces.changes(before, traces.settled())).contains("table account");
    }
}
