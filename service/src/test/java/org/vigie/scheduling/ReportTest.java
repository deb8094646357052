package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.vigie.support.Api;

/**
 * What the report tests set up: appointments inserted into clinic_appointment with every column a report shows, until the
 * booking API books them (the lead switches these fixtures then); a report's criteria; a POST answered as bytes.
 */
abstract class ReportTest extends ClinicTest {
    static final ZoneId MONTREAL = ZoneId.of("America/Montreal");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One appointment as booking will store it; the fields a test does not set take these values. */
    static Map<String, Object> appointment(String date, String time) {
        Map<String, Object> a = new HashMap<>();
        a.put("date", date);
        a.put("time", time);
        a.put("duration", 15);
        a.put("status", "ACTIVE");
        a.put("attendance", "UNCONFIRMED");
        a.put("nam", null);
        a.put("firstName", "Julie");
        a.put("lastName", "Tremblay");
        a.put("sex", "F");
        a.put("birthDate", "1985-03-15");
        a.put("mobile", "514-555-0101");
        a.put("email", "julie@example.org");
        a.put("reason", "REGULAR_FOLLOWUP");
        a.put("type", "GEN");
        a.put("author", "Réception Plateau");
        a.put("note", null);
        return a;
    }

    /** Inserts the appointment at the location and professional; returns its reference number. */
    String insert(Enterprise enterprise, long location, long professional, Map<String, Object> a) {
        String reference = String.format("2%09d", unique());
        LocalDate date = LocalDate.parse((String) a.get("date"));
        LocalTime time = LocalTime.parse((String) a.get("time"));
        var starts = date.atTime(time).atZone(MONTREAL).toInstant();
        int duration = (int) a.get("duration");
        boolean cancelled = "CANCELLED".equals(a.get("status"));
        jdbc.sql("INSERT INTO clinic_appointment (enterprise_id, location_id, professional_id, local_date, local_start, duration_minutes,"
                        + " starts_at, ends_at, status, created_at, reference_number, attendance, patient_nam, patient_first_name, patient_last_name,"
                        + " patient_sex, patient_birth_date, mobile_phone, email, reason_code, appointment_type, author_kind, author_name,"
                        + " clinic_note, cancelled_at, cancelled_by_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " 'EMPLOYEE', ?, ?, ?, ?)")
                .params(enterprise.id(), location, professional, date, time, duration, Timestamp.from(starts),
                        Timestamp.from(starts.plusSeconds(60L * duration)), a.get("status"), Timestamp.from(starts.minusSeconds(86400 * 7)),
                        reference, a.get("attendance"), a.get("nam"), a.get("firstName"), a.get("lastName"), a.get("sex"), a.get("birthDate"),
                        a.get("mobile"), a.get("email"), a.get("reason"), a.get("type"), a.get("author"), a.get("note"),
                        cancelled ? Timestamp.from(starts.minusSeconds(3600)) : null, cancelled ? "Réception Plateau" : null)
                .update();
        return reference;
    }

    /** The criteria every test starts from: December 2026, active, physicians, every professional and location. */
    static Map<String, Object> criteria() {
        return new HashMap<>(Map.of("from", "2026-12-01", "to", "2026-12-31", "status", "ACTIVE", "profession", "PHYSICIAN",
                "professionalId", "ALL", "locationId", "ALL"));
    }

    static Map<String, Object> with(Map<String, Object> criteria, Object... pairs) {
        Map<String, Object> changed = new HashMap<>(criteria);
        for (int i = 0; i < pairs.length; i += 2) {
            changed.put((String) pairs[i], pairs[i + 1]);
        }
        return changed;
    }

    Api.Response report(Api.Login login, Enterprise enterprise, Map<String, Object> criteria) {
        return api.post(login, enterprise.path() + "/reports", criteria);
    }

    /** The reference numbers of a preview, in its order. */
    List<String> references(Api.Response preview) {
        assertThat(preview.status()).as(preview.raw()).isEqualTo(200);
        return preview.body().get("rows").findValuesAsText("referenceNumber");
    }

    /** A POST whose answer is read as bytes (a file). */
    Api.Bytes postForBytes(Api.Login login, String path, Object body) {
        return postForBytes(login, path, body, Map.of());
    }

    /** A POST with these headers (an Accept-Language, say) whose answer is read as bytes. */
    Api.Bytes postForBytes(Api.Login login, String path, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((login.username() + ":"
                            + login.password()).getBytes(java.nio.charset.StandardCharsets.UTF_8))).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            headers.forEach(builder::header);
            HttpResponse<byte[]> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Api.Bytes(response.statusCode(), response.body(), response.headers().map());
        } catch (Exception e) {
            throw new IllegalStateException("HTTP call failed: " + e, e);
        }
    }

    /** Grants the employee a row on the professional's agenda at the location (READ or READ_WRITE). */
    void grant(Enterprise enterprise, long employee, long location, long professional, String access) {
        var granted = api.post(enterprise.admin().login(), employeePath(enterprise, employee) + "/permissions",
                Map.of("location", String.valueOf(location), "professionalId", professional, "access", access));
        assertThat(granted.status()).as(granted.raw()).isBetween(200, 201);
    }
}
