package org.vigie.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * A small HTTP client for API tests: real HTTP to the running service, Basic auth, JSON in and out.
 * Builds the data the tests need (members, staff) through the API itself.
 */
public final class Api {
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-test-password";
    public static final String PASSWORD = "secret-password";

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final Map<String, String> always;

    public Api(int port) {
        this("http://127.0.0.1:" + port, Map.of());
    }

    private Api(String base, Map<String, String> always) {
        this.base = base;
        this.always = always;
    }

    /** The same client, sending these headers with every request (an Accept, say). */
    public Api with(Map<String, String> headers) {
        return new Api(base, headers);
    }

    public record Response(int status, JsonNode body, String raw, Map<String, java.util.List<String>> headers) {
        public String text(String pointer) {
            return body.at(pointer).asText();
        }

        public double number(String pointer) {
            return body.at(pointer).asDouble();
        }
    }

    /** HTTP Basic credentials, or (username null) a clinic session's token sent as Authorization: Bearer. */
    public record Login(String username, String password) {
        public static Login bearer(String token) {
            return new Login(null, token);
        }

        String header() {
            return username == null ? "Bearer " + password
                    : "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
    }

    public record MemberLogin(long id, Login login) {
    }

    public static Login admin() {
        return new Login(ADMIN, ADMIN_PASSWORD);
    }

    public Response get(Login login, String path) {
        return send(login, HttpRequest.newBuilder(uri(path)).GET(), Map.of());
    }

    public Response get(Login login, String path, Map<String, String> headers) {
        return send(login, HttpRequest.newBuilder(uri(path)).GET(), headers);
    }

    public Response delete(Login login, String path) {
        return send(login, HttpRequest.newBuilder(uri(path)).DELETE(), Map.of());
    }

    public Response post(Login login, String path, Object body) {
        return post(login, path, body, Map.of());
    }

    public Response post(Login login, String path, Object body, Map<String, String> headers) {
        String json = body instanceof String s ? s : write(body);
        return send(login, HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"), headers);
    }

    public Response put(Login login, String path, Object body) {
        return send(login, HttpRequest.newBuilder(uri(path)).PUT(HttpRequest.BodyPublishers.ofString(write(body)))
                .header("Content-Type", "application/json"), Map.of());
    }

    public Response patch(Login login, String path, Object body) {
        return send(login, HttpRequest.newBuilder(uri(path)).method("PATCH", HttpRequest.BodyPublishers.ofString(write(body)))
                .header("Content-Type", "application/json"), Map.of());
    }

    /** A multipart upload of one file in the part named "file". */
    public Response upload(Login login, String path, String filename, String contentType, byte[] content) {
        String boundary = "----vigie" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(login, HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary), Map.of());
    }

    /** An answer read as bytes (a file download). */
    public record Bytes(int status, byte[] bytes, Map<String, java.util.List<String>> headers) {
    }

    public Bytes getBytes(Login login, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (login != null) {
            request.header("Authorization", login.header());
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Bytes(response.statusCode(), response.body(), response.headers().map());
        } catch (Exception e) {
            throw new IllegalStateException("HTTP call failed: " + e, e);
        }
    }

    /** A request whose JSON body is the text given, as it is (broken or mistyped on purpose). */
    public Response raw(Login login, String method, String path, String json) {
        return send(login, HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"), Map.of());
    }

    /** A POST whose body is the bytes given, as they are (a ZIP, say). */
    public Response postBytes(Login login, String path, String contentType, byte[] content) {
        return send(login, HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(content))
                .header("Content-Type", contentType), Map.of());
    }

    public Response send(Login login, HttpRequest.Builder request, Map<String, String> headers) {
        if (login != null) {
            request.header("Authorization", login.header());
        }
        always.forEach(request::header);
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode body = response.body() == null || response.body().isBlank() ? JSON.nullNode() : readOrText(response.body());
            return new Response(response.statusCode(), body, response.body(), response.headers().map());
        } catch (Exception e) {
            throw new IllegalStateException("HTTP call failed: " + e, e);
        }
    }

    /** Registers a new OTPQ member through the API, as the administrator, and returns their login. */
    public MemberLogin newMember(String admissionDate) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String email = "membre-" + unique + "@example.org";
        Map<String, Object> membership = new java.util.HashMap<>();
        membership.put("regulator", "otpq");
        membership.put("number", "T" + unique);
        membership.put("admissionDate", admissionDate);
        Response created = post(admin(), "/api/members", Map.of("firstName", "Emma", "lastName", "Gélinas", "email", email,
                "password", PASSWORD, "membership", membership));
        if (created.status() != 201) {
            throw new IllegalStateException("Could not create a member: " + created.raw());
        }
        return new MemberLogin(created.body().get("id").asLong(), new Login(email, PASSWORD));
    }

    public MemberLogin newMember() {
        return newMember(null);
    }

    /** Opens a staff account for a regulator through the API, as the administrator. */
    public Login newStaff(String regulator) {
        String username = "staff-" + UUID.randomUUID().toString().substring(0, 8);
        Response created = post(admin(), "/api/staff", Map.of("username", username, "password", PASSWORD, "regulator", regulator));
        if (created.status() != 201) {
            throw new IllegalStateException("Could not create staff: " + created.raw());
        }
        return new Login(username, PASSWORD);
    }

    /** A valid OTPQ declaration of the 2022-2025 cycle, to change field by field in tests. */
    public static Map<String, Object> declaration(String category, String type, double hours) {
        Map<String, Object> d = new java.util.LinkedHashMap<>();
        d.put("regulator", "otpq");
        d.put("cycleId", "2022-2025");
        d.put("category", category);
        d.put("type", type);
        d.put("title", "Imagerie par résonance magnétique : mise à jour " + UUID.randomUUID().toString().substring(0, 6));
        d.put("organisation", "Centre hospitalier de l'Université de Montréal");
        d.put("trainer", "Emma Gélinas");
        d.put("startDate", "2023-05-10");
        d.put("endDate", "2023-05-10");
        d.put("hours", hours);
        d.put("attestations", java.util.List.of(true, true, true));
        return d;
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode readOrText(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            return JSON.getNodeFactory().textNode(body);
        }
    }
}
