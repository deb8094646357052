package org.vigie.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per account and per client address, in the database: every instance counts into
 * the same rows, so a guesser gains nothing by spreading attempts. Each statement is atomic on its
 * own; two failures at the same instant may both read the count, which at worst locks one failure late.
 */
@Component
class SignInThrottle {
    enum Kind { ACCOUNT, ADDRESS }

    /** A lock in force: which limit was reached and until when. */
    record Lock(Kind kind, Instant until) {
    }

    private static final int MAX_SUBJECT = 255;

    private final JdbcClient jdbc;
    private final SecuritySettings.SignIn limits;
    private final Clock clock;
    private final Counter failures;
    private final MeterRegistry meters;

    SignInThrottle(JdbcClient jdbc, SecuritySettings settings, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.limits = settings.signIn();
        this.clock = clock;
        this.meters = meters;
        this.failures = Counter.builder("vigie.signin.failures").description("Sign-ins refused for a wrong login or password")
                .register(meters);
    }

    /** Counts a sign-in refused by a lock (vigie.signin.throttled), by the limit that locked it. */
    private Optional<Lock> throttled(Optional<Lock> lock) {
        lock.ifPresent(l -> Counter.builder("vigie.signin.throttled").description("Sign-ins answered 429 by a lock, by the limit reached")
                .tag("limit", l.kind().name().toLowerCase(java.util.Locale.ROOT)).register(meters).increment());
        return lock;
    }

    /** The lock that ends last among the account's and the address's, if either is locked now. */
    Optional<Lock> lockOn(String account, String address) {
        Optional<Lock> lock = jdbc.sql("SELECT kind, locked_until FROM sign_in_throttle WHERE ((kind = ? AND subject = ?) OR (kind = ? AND subject = ?))"
                        + " AND locked_until > ? ORDER BY locked_until DESC")
                .params(Kind.ACCOUNT.name(), subject(account), Kind.ADDRESS.name(), subject(address), Timestamp.from(clock.instant()))
                .query((rs, n) -> new Lock(Kind.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant()))
                .list().stream().findFirst();
        return throttled(lock);
    }

    /** Counts a failure against both; the lock it brings about, if it reaches a limit. */
    Optional<Lock> failed(String account, String address) {
        failures.increment();
        return throttled(lockBy(account, address));
    }

    private Optional<Lock> lockBy(String account, String address) {
        Optional<Lock> byAccount = count(Kind.ACCOUNT, account, limits.account());
        Optional<Lock> byAddress = count(Kind.ADDRESS, address, limits.address());
        if (byAccount.isPresent() && byAddress.isPresent()) {
            return byAccount.get().until().isAfter(byAddress.get().until()) ? byAccount : byAddress;
        }
        return byAccount.or(() -> byAddress);
    }

    /** A right password: the account starts afresh (its address does not, or one's own account would clear a guesser's count). */
    void succeeded(String account) {
        clear(account);
    }

    /** An administrator lifts the account's lock and forgets its failures. */
    boolean clear(String account) {
        return jdbc.sql("DELETE FROM sign_in_throttle WHERE kind = ? AND subject = ?").params(Kind.ACCOUNT.name(), subject(account))
                .update() > 0;
    }

    private Optional<Lock> count(Kind kind, String who, SecuritySettings.Limit limit) {
        Instant now = clock.instant();
        String subject = subject(who);
        if (increment(kind, subject, now, limit.window()) == 0) {
            try {
                jdbc.sql("INSERT INTO sign_in_throttle (kind, subject, failures, counting_since) VALUES (?, ?, 1, ?)")
                        .params(kind.name(), subject, Timestamp.from(now)).update();
            } catch (DuplicateKeyException firstFailureAtOnceElsewhere) {
                increment(kind, subject, now, limit.window());
            }
        }
        int failures = jdbc.sql("SELECT failures FROM sign_in_throttle WHERE kind = ? AND subject = ?").params(kind.name(), subject)
                .query(Integer.class).single();
        Duration lock = limit.lockAfter(failures);
        if (lock.isZero()) {
            return Optional.empty();
        }
        Instant until = now.plus(lock);
        jdbc.sql("UPDATE sign_in_throttle SET locked_until = ? WHERE kind = ? AND subject = ?")
                .params(Timestamp.from(until), kind.name(), subject).update();
        return Optional.of(new Lock(kind, until));
    }

    /** One more failure, or the first of a new window when the count's first failure is older than the window. */
    private int increment(Kind kind, String subject, Instant now, Duration window) {
        Timestamp start = Timestamp.from(now.minus(window));
        // failures is set first: MySQL lets later assignments see earlier ones, and this one reads counting_since as it was
        return jdbc.sql("UPDATE sign_in_throttle SET failures = CASE WHEN counting_since < ? THEN 1 ELSE failures + 1 END,"
                        + " counting_since = CASE WHEN counting_since < ? THEN ? ELSE counting_since END WHERE kind = ? AND subject = ?")
                .params(start, start, Timestamp.from(now), kind.name(), subject).update();
    }

    /** Rows whose count has restarted and whose lock has ended tell nothing any more. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
    void forgetOldFailures() {
        Instant now = clock.instant();
        Duration longest = limits.account().window().compareTo(limits.address().window()) > 0
                ? limits.account().window() : limits.address().window();
        jdbc.sql("DELETE FROM sign_in_throttle WHERE counting_since < ? AND (locked_until IS NULL OR locked_until < ?)")
                .params(Timestamp.from(now.minus(longest)), Timestamp.from(now)).update();
    }

    /** Case does not tell two accounts apart (MariaDB's collation ignores it too); the column holds 255 characters. */
    private static String subject(String who) {
        String folded = who == null ? "" : who.trim().toLowerCase(java.util.Locale.ROOT);
        return folded.length() > MAX_SUBJECT ? folded.substring(0, MAX_SUBJECT) : folded;
    }
}
