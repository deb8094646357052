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
            Set<AuthorizationIntegrationTests.Caller> allowed = rule.access().allowed;
            Api.Login login = allowed.contains(AuthorizationIntegrationTests.Caller.OWNER) ? owner.login()
                    : allowed.contains(AuthorizationIntegrationTests.Caller.STAFF) ? operations.staff : Api.admin();
            Traces.Snapshot before = traces.settled();
            Api.Response answer = send(api.with(XML), call, login);
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

    private static Api.Response send(Api api, AuthorizationIntegrationTests.Call call, Api.Login login) {
        if (call.zip() != null) {
            return api.postBytes(login, call.path(), "application/zip", call.zip());
        }
        if (call.upload() != null) {
            return api.upload(login, call.path(), "certificat.pdf", "application/pdf", call.upload());
        }
        return switch (call.method()) {
            case "DELETE" -> api.delete(login, call.path());
            case "PUT" -> api.put(login, call.path(), call.body());
            case "PATCH" -> api.patch(login, call.path(), call.body());
            default -> api.post(login, call.path(), call.body());
        };
    }
}
