package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.vigie.support.Api;
import org.vigie.support.ApiTest;

/**
 * Every error is a problem (type, title, status, detail as application/problem+json), also those Tomcat or the firewall answer
 * before the application sees the request. A raw socket sends what Java's HttpClient refuses to send.
 */
class ErrorsAsProblemsIntegrationTests extends ApiTest {
    static final String ADMIN = "Authorization: Basic "
            + Base64.getEncoder().encodeToString((Api.ADMIN + ":" + Api.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

    record Answer(int status, String head, JsonNode body, String raw) {
    }

    @Test
    void anEncodedNulInThePathIsAProblem() {
        assertProblem(send("GET /api/me%00 HTTP/1.0", ADMIN), 400);
    }

    @Test
    void anEncodedClimbOutOfThePathIsAProblem() {
        assertProblem(send("GET /api/%2e%2e%2fme HTTP/1.0", ADMIN), 400);
    }

    @Test
    void anEncodedBackslashInThePathIsAProblem() {
        assertProblem(send("GET /api/me%5C HTTP/1.0", ADMIN), 400);
    }

    @Test
    void pathsTheFirewallRefusesAreProblems() {
        assertProblem(send("GET /api//me HTTP/1.0", ADMIN), 400);
        assertProblem(send("GET /api/me;jsessionid=1 HTTP/1.0", ADMIN), 400);
    }

    @Test
    void aNineKilobyteAuthorizationHeaderIsAProblem() {
        assertProblem(send("GET /api/me HTTP/1.0", "Authorization: Basic " + "a".repeat(9 * 1024)), 400);
    }

    @Test
    void aReadAskedInXmlIsA406Problem() {
        Answer answer = send("GET /api/me HTTP/1.0", ADMIN, "Accept: application/xml");
        assertProblem(answer, 406);
        assertThat(answer.body().get("field").asText()).isEqualTo("Accept");
    }

    @Test
    void theErrorPageAskedForWithoutCredentialsIsANotFoundProblem() {
        assertProblem(send("GET /error HTTP/1.0"), 404);
        assertProblem(send("GET /error HTTP/1.0", "Accept: text/html"), 404);
    }

    @Test
    void anUnknownPathIsANotFoundProblem() {
        assertProblem(send("GET /api/nothing-here HTTP/1.0", ADMIN), 404);
    }

    @Test
    void aMethodTheResourceDoesNotAnswerIsAProblem() {
        assertProblem(send("DELETE /api/me HTTP/1.0", ADMIN), 405);
    }

    private static void assertProblem(Answer answer, int status) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(status);
        assertThat(answer.head().toLowerCase()).as(answer.raw()).contains("content-type: application/problem+json");
        assertThat(answer.body().get("status").asInt()).as(answer.raw()).isEqualTo(status);
        for (String field : new String[] {"type", "title", "detail"}) {
            assertThat(answer.body().path(field).asText()).as(field + " in " + answer.raw()).isNotBlank();
        }
    }

    /** HTTP/1.0, so that the answer ends with the connection: no chunks to decode. */
    private Answer send(String requestLine, String... headers) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: 127.0.0.1\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = raw.indexOf("\r\n\r\n");
            String head = end < 0 ? raw : raw.substring(0, end);
            String body = end < 0 ? "" : raw.substring(end + 4);
            int status = Integer.parseInt(head.split(" ", 3)[1]);
            return new Answer(status, head, new ObjectMapper().readTree(body.isBlank() ? "{}" : body), raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
