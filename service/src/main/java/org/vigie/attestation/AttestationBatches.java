package org.vigie.attestation;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigie.web.ConflictException;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.NotFoundException;
import org.vigie.web.Texts;

/**
 * Bulk issuance for a cohort (every completed cycle, every validated pathway of a period) in the
 * background, with progress in {@code attestation_batch}. Issuing is idempotent per subject, so a
 * batch that stopped (instance gone, failure) is resumed by running it again: what was issued is
 * found, not issued twice.
 */
@Component
class AttestationBatches {
    private static final Logger log = LoggerFactory.getLogger(AttestationBatches.class);
    /** A running batch whose heartbeat is older than this is taken to have stopped and may be resumed. */
    private static final Duration STALE = Duration.ofMinutes(2);
    private static final int PROGRESS_EVERY = 25;

    private final JdbcClient jdbc;
    private final List<AttestationCohort> cohorts;
    private final Attestations attestations;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "attestation-batch");
        thread.setDaemon(true);
        return thread;
    });

    AttestationBatches(JdbcClient jdbc, List<AttestationCohort> cohorts, Attestations attestations, Clock clock) {
        this.jdbc = jdbc;
        this.cohorts = cohorts;
        this.attestations = attestations;
        this.clock = clock;
    }

    /** A batch's progress: total subjects, done, issued now, issued before, not qualifying, failed. */
    record Batch(long id, String regulator, String periodId, String requestedBy, String state, int total, int done, int issued,
                 int already, int notEligible, int failed, Instant startedAt, Instant heartbeatAt, Instant finishedAt, String lastError) {
    }

    Batch start(String regulator, String periodId, String by) {
        AttestationCohort cohort = cohort(regulator);
        if (periodId == null || periodId.isBlank()) {
            throw new InvalidRequestException("periodId", Texts.of("attestation.batch.periodRequired"));
        }
        cohort.subjects(regulator, periodId); // an unknown period is refused now, not in the background
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("INSERT INTO attestation_batch (regulator, period_id, requested_by, state, total, done, issued, already, not_eligible,"
                        + " failed, started_at, heartbeat_at) VALUES (?, ?, ?, 'RUNNING', 0, 0, 0, 0, 0, 0, ?, ?)")
                .params(regulator, periodId, by, now, now).update();
        long id = jdbc.sql("SELECT MAX(id) FROM attestation_batch WHERE regulator = ? AND requested_by = ?").params(regulator, by)
                .query(Long.class).single();
        worker.execute(() -> run(id, cohort));
        return get(id);
    }

    /** Runs a batch that failed or stopped again; what it issued before is found, not issued again. */
    Batch resume(long id) {
        Batch batch = get(id);
        boolean stale = "RUNNING".equals(batch.state()) && batch.heartbeatAt().isBefore(clock.instant().minus(STALE));
        if (!"FAILED".equals(batch.state()) && !stale) {
            String key = "DONE".equals(batch.state()) ? "attestation.batch.doneNothingToResume" : "attestation.batch.runningNothingToResume";
            throw new ConflictException(Texts.of(key));
        }
        Instant now = clock.instant();
        int claimed = jdbc.sql("UPDATE attestation_batch SET state = 'RUNNING', heartbeat_at = ?, last_error = NULL WHERE id = ?"
                        + " AND (state = 'FAILED' OR (state = 'RUNNING' AND heartbeat_at < ?))")
                .params(Timestamp.from(now), id, Timestamp.from(now.minus(STALE))).update();
        if (claimed == 0) {
            throw new ConflictException(Texts.of("attestation.batch.justResumed"));
        }
        worker.execute(() -> run(id, cohort(batch.regulator())));
        return get(id);
    }

    private void run(long id, AttestationCohort cohort) {
        Batch batch = get(id);
        try {
            List<String> subjects = cohort.subjects(batch.regulator(), batch.periodId());
            jdbc.sql("UPDATE attestation_batch SET total = ?, done = 0, issued = 0, already = 0, not_eligible = 0, failed = 0 WHERE id = ?")
                    .params(subjects.size(), id).update();
            int done = 0;
            int issued = 0;
            int already = 0;
            int notEligible = 0;
            int failed = 0;
            for (String subject : subjects) {
                try {
                    Optional<Attestations.Issued> result = cohort.issue(batch.regulator(), batch.periodId(), subject, batch.requestedBy());
                    if (result.isEmpty()) {
                        notEligible++;
                    } else {
                        if (result.get().created()) {
                            issued++;
                        } else {
                            already++;
                        }
                        try {
                            jdbc.sql("INSERT INTO attestation_batch_item (batch_id, number) VALUES (?, ?)")
                                    .params(id, result.get().attestation().number()).update();
                        } catch (DuplicateKeyException listedByTheRunBeforeResumption) {
                            // already in the batch's ZIP
                        }
                    }
                } catch (RuntimeException e) {
                    failed++;
                    log.warn("Batch {}: subject {} not attested: {}", id, subject, e.getMessage());
                }
                if (++done % PROGRESS_EVERY == 0) {
                    progress(id, done, issued, already, notEligible, failed);
                }
            }
            progress(id, done, issued, already, notEligible, failed);
            jdbc.sql("UPDATE attestation_batch SET state = 'DONE', finished_at = ? WHERE id = ?").params(Timestamp.from(clock.instant()), id).update();
        } catch (RuntimeException e) {
            log.error("Batch {} failed", id, e);
            jdbc.sql("UPDATE attestation_batch SET state = 'FAILED', last_error = ? WHERE id = ?")
                    .params(String.valueOf(e.getMessage()).substring(0, Math.min(1000, String.valueOf(e.getMessage()).length())), id).update();
        }
    }

    private void progress(long id, int done, int issued, int already, int notEligible, int failed) {
        jdbc.sql("UPDATE attestation_batch SET done = ?, issued = ?, already = ?, not_eligible = ?, failed = ?, heartbeat_at = ? WHERE id = ?")
                .params(done, issued, already, notEligible, failed, Timestamp.from(clock.instant()), id).update();
    }

    Batch get(long id) {
        return jdbc.sql("SELECT id, regulator, period_id, requested_by, state, total, done, issued, already, not_eligible, failed,"
                        + " started_at, heartbeat_at, finished_at, last_error FROM attestation_batch WHERE id = ?")
                .param(id).query(AttestationBatches::batch).optional()
                .orElseThrow(() -> new NotFoundException(Texts.of("attestation.batch.unknown", "id", String.valueOf(id))));
    }

    /** Every PDF of the batch in one ZIP, named by attestation number. */
    void zip(long id, OutputStream out) throws IOException {
        List<String> numbers = jdbc.sql("SELECT number FROM attestation_batch_item WHERE batch_id = ? ORDER BY number").param(id)
                .query(String.class).list();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String number : numbers) {
                zip.putNextEntry(new ZipEntry(number + ".pdf"));
                zip.write(attestations.pdf(number));
                zip.closeEntry();
            }
        }
    }

    private AttestationCohort cohort(String regulator) {
        return cohorts.stream().filter(c -> c.serves(regulator)).findFirst()
                .orElseThrow(() -> new NotFoundException(Texts.of("attestation.batch.noneForRegulator", "regulator", regulator)));
    }

    private static Batch batch(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp(14);
        return new Batch(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7),
                rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getTimestamp(12).toInstant(), rs.getTimestamp(13).toInstant(),
                finished == null ? null : finished.toInstant(), rs.getString(15));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
