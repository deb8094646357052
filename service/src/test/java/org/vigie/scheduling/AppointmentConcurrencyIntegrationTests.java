package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.vigie.VigieApplication;
import org.vigie.support.Api;
import org.vigie.support.Together;

/**
 * Bookings through two service instances on one database (this test's and a second one, on its own real clock: the slot's day
 * is ahead for both): the reference numbers never repeat (R188); of a move and a cancellation sent together one wins and the
 * other is refused at its stale version (409); two staff holds of one period are both held, the second warned (M16, R172).
 */
class AppointmentConcurrencyIntegrationTests extends BookingTest {
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startSecondInstance() {
        second = new SpringApplicationBuilder(VigieApplication.class).properties("server.port=0", "spring.jmx.enabled=false").run();
    }

    @AfterAll
    static void stopSecondInstance() {
        second.close();
    }

    Api other() {
        return new Api(((ServletWebServerApplicationContext) second).getWebServer().getPort());
    }

    @Test
    void R188_fiveHundredBookingsOnTwoInstancesAtOnceHaveDistinctReferences() throws Exception {
        Api other = other();
        List<Callable<Api.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            String time = String.format("%02d:%02d", 9 + (i % 12) / 4, (i % 4) * 15);
            calls.add(() -> book(enterprise.admin().login(), booking(time)));
            calls.add(() -> other.post(colleague.login(), appointments(), booking(time)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Api.Response> answers = new ArrayList<>();
        try {
            for (Future<Api.Response> f : pool.invokeAll(calls)) {
                answers.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.raw()).isEqualTo(201));
        List<String> references = answers.stream().map(a -> a.text("/referenceNumber")).toList();
        assertThat(new HashSet<>(references)).hasSize(500);
        assertThat(references).allMatch(r -> r.matches("\\d{10}"));
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT reference_number) FROM clinic_appointment WHERE professional_id = ?").param(professional)
                .query(Long.class).single()).isEqualTo(500);
    }

    @Test
    void R204_R230_aMoveAndACancellationAtOnceOneWinsTheOtherIs409() throws Exception {
        JsonNode a = booked(booking("09:15")).body();
        String path = appointments() + "/" + a.get("id").asLong();
        Map<String, Object> move = booking("10:30");
        move.put("durationMinutes", 15);
        move.put("version", 0);
        Api other = other();
        var answers = Together.run(List.of(() -> api.put(enterprise.admin().login(), path, move),
                () -> other.post(colleague.login(), path + "/cancellation", Map.of("version", 0))));
        assertThat(answers.stream().map(Api.Response::status).sorted().toList()).as(answers.get(0).raw() + answers.get(1).raw())
                .containsExactly(200, 409);
        assertThat(count("clinic_appointment", "id = ? AND version = 1", a.get("id").asLong())).isEqualTo(1);
    }

    @Test
    void R172_M16_twoStaffHoldsOfOnePeriodAtOnceAreBothHeldTheSecondWarned() throws Exception {
        Api other = other();
        var answers = Together.run(List.of(() -> api.post(enterprise.admin().login(), holds(), hold(professional, DAY, "09:15", 15)),
                () -> other.post(colleague.login(), holds(), hold(professional, DAY, "09:15", 15))));
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.raw()).isEqualTo(201));
        assertThat(answers.stream().map(a -> a.body().get("warnings").size()).sorted().toList()).as("the second sees the first")
                .containsExactly(0, 1);
        assertThat(holdCount()).isEqualTo(2);
    }

    /**
     * A hold expiring while its holder extends it on one instance and a colleague holds the period on the other: the period is
     * released once or kept once, never both: an extension granted means the colleague was warned that the period is held.
     */
    @Test
    void R172_R173_aHoldAndItsExpiryRacedTheHoldIsReleasedExactlyOnce() throws Exception {
        Api other = other();
        for (int round = 0; round < 12; round++) {
            String time = String.format("%02d:%02d", 9 + round / 4, (round % 4) * 15);
            var held = api.post(enterprise.admin().login(), holds(), hold(professional, DAY, time, 15));
            assertThat(held.status()).as(held.raw()).isEqualTo(201);
            long id = held.body().get("id").asLong();
            // expires a few milliseconds from now, in the database's time: inside the extension window
            jdbc.sql("UPDATE clinic_hold SET expires_at = TIMESTAMPADD(MICROSECOND, ?, UTC_TIMESTAMP(3)) WHERE id = ?")
                    .params(20_000 * (round % 4), id).update();
            var answers = Together.run(List.of(() -> api.post(enterprise.admin().login(), holds() + "/" + id + "/extension", Map.of()),
                    () -> other.post(colleague.login(), holds(), hold(professional, DAY, time, 15))));
            var extension = answers.get(0);
            var colleagues = answers.get(1);
            assertThat(colleagues.status()).as(colleagues.raw()).isEqualTo(201);
            boolean extended = extension.status() == 200;
            boolean warned = colleagues.body().get("warnings").size() == 1;
            assertThat(extended && !warned).as("extended after the colleague found the period free: " + extension.raw()).isFalse();
            if (!extended) {
                assertThat(extension.text("/code")).as(extension.raw()).isEqualTo("hold.notActive");
            }
        }
    }
}
