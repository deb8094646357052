package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.support.Api;

/**
 * R77 under concurrency: a slot taking a service up and the service's deletion never both succeed. A deletion in progress
 * holds the service's row; a slot created meanwhile waits for it, then sees the service deleted and is refused (409),
 * writing nothing. Once a slot holds the service, its deletion is refused while the slot is ahead.
 */
class ServiceDeletionRaceIntegrationTests extends ClinicTest {
    @Autowired
    PlatformTransactionManager transactions;

    Enterprise enterprise;
    long professional;
    long service;
    String pro;

    @BeforeEach
    void aProfessionalWithOneService() {
        clock.today(LocalDate.of(2026, 3, 4));
        enterprise = enterprise(false);
        professional = hire(enterprise, person("1"), enterprise.location1());
        pro = professionalPath(enterprise, professional);
        service = api.post(enterprise.admin().login(), pro + "/services", Map.of("appointmentType", "MF", "reason", "MINOR_EMERGENCY",
                "durationMinutes", 15)).body().get("id").asLong();
    }

    Api.Response createSlot() {
        return api.post(enterprise.admin().login(), pro + "/slots", Map.of("date", "2026-03-10", "startTime", "09:00", "endTime", "12:00",
                "locationId", enterprise.location1(), "serviceIds", List.of(service), "visibility", "PUBLIC"));
    }

    @Test
    void R77_aSlotCreatedWhileItsServiceIsBeingDeletedWaitsThenIsRefusedAndWritesNothing() throws Exception {
        CompletableFuture<Api.Response> slot = new CompletableFuture<>();
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            // the deletion's first step: the service's row, locked
            jdbc.sql("SELECT id FROM clinic_service WHERE id = ? FOR UPDATE").param(service).query(Long.class).single();
            CompletableFuture.runAsync(() -> slot.complete(createSlot()));
            waitForALockWait(slot);
            assertThat(slot).as("the slot waits for the deletion").isNotDone();
            jdbc.sql("UPDATE clinic_service SET deleted_at = CURRENT_TIMESTAMP(3) WHERE id = ?").param(service).update();
        });
        Api.Response refused = slot.get(30, TimeUnit.SECONDS);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
        assertThat(refused.text("/detail")).startsWith("Un service de cette plage vient d'être supprimé");
        assertThat(count("availability_slot", "professional_id = ?", professional)).as("nothing written").isZero();
    }

    @Test
    void R77_onceASlotHoldsTheServiceItsDeletionIsRefused() {
        assertThat(createSlot().status()).isEqualTo(201);
        var refused = api.delete(enterprise.admin().login(), pro + "/services/" + service + "?confirmed=true");
        assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
        assertThat(count("clinic_service", "id = ? AND deleted_at IS NULL", service)).isEqualTo(1);
    }

    /** Until the slot's request is seen waiting on the service's row (a FOR UPDATE of clinic_service still executing). */
    private void waitForALockWait(CompletableFuture<Api.Response> slot) {
        for (int i = 0; i < 200 && !slot.isDone(); i++) {
            if (jdbc.sql("SELECT COUNT(*) FROM information_schema.processlist WHERE command = 'Query' AND info LIKE '%FROM clinic_service%FOR UPDATE'"
                    + " AND id <> CONNECTION_ID()").query(Long.class).single() > 0) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the slot's request never waited on the service's row: " + (slot.isDone() ? slot.join().raw() : "still running"));
    }
}
