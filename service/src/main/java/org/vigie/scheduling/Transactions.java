package org.vigie.scheduling;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.web.ConflictException;

/**
 * Runs a whole transaction again when InnoDB gave it up to a deadlock (1213) or a lock wait timeout (1205), re-reading
 * everything (scheduling-lessons: "put the transaction boundary inside the retry"); after {@code attempts} tries the caller
 * gets a 409 with the code {@code transaction.busy}, worded by the scheduling pack's message of that name. Deadlock losers
 * and lock timeouts are all {@link PessimisticLockingFailureException}s ({@link CannotAcquireLockException},
 * {@code DeadlockLoserDataAccessException}).
 * Never call it inside an open transaction: the retry would then run in the failed one.
 */
@Component
public class Transactions {
    /** How many times a transaction is tried (an application setting, not a regulator's value). */
    @ConfigurationProperties("vigie.scheduling.transactions")
    public record TransactionSettings(@DefaultValue("4") int attempts) {
    }

    public static final String BUSY = "transaction.busy";

    private final TransactionTemplate template;
    private final int attempts;
    private final Runnable begin;
    private final Function<String, String> text;

    @Autowired
    Transactions(PlatformTransactionManager transactions, TransactionSettings settings, DatabaseKind database, JdbcClient jdbc,
                 SchedulingRules rules) {
        this(transactions, settings, readCommitted(database, jdbc), rules::text);
        if (!database.mysql()) {
            template.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED); // H2: the JDBC way, at no cost worth saving
        }
    }

    /** {@code text} words a message of the scheduling pack by its key, in the caller's language. */
    Transactions(PlatformTransactionManager transactions, TransactionSettings settings, Runnable begin, Function<String, String> text) {
        this.template = new TransactionTemplate(transactions);
        this.attempts = Math.max(1, settings.attempts());
        this.begin = begin;
        this.text = text;
    }

    /**
     * READ COMMITTED, not the server's REPEATABLE READ: every writer of an agenda takes its lock first (BookingSlots.lockAgenda), and
     * what it reads after the lock must be what the previous holder committed (scheduling-lessons: lock a parent row, then re-read
     * under the lock). Under REPEATABLE READ the transaction's snapshot is fixed by its first plain read, the professional's record,
     * before the wait for the lock: the slots and services read after it would be those of before the wait. It also takes no gap
     * locks with the holds' locking read. On MySQL and MariaDB one {@code SET TRANSACTION} (this transaction only, nothing to reset)
     * rather than the JDBC way's read, set and reset of the session's level.
     */
    private static Runnable readCommitted(DatabaseKind database, JdbcClient jdbc) {
        return database.mysql() ? () -> jdbc.sql("SET TRANSACTION ISOLATION LEVEL READ COMMITTED").update() : () -> { };
    }

    /** The work's result, committed; retried whole on a lock failure, then 409 {@code transaction.busy}. */
    public <T> T run(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return template.execute(status -> {
                    begin.run(); // before any statement of the transaction
                    return work.get();
                });
            } catch (PessimisticLockingFailureException e) {
                if (attempt >= attempts) {
                    throw new ConflictException(BUSY, text.apply(BUSY));
                }
                pause(attempt);
            }
        }
    }

    private void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt + 10)); // jitter, so that the losers do not meet again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConflictException(BUSY, text.apply("transaction.interrupted"));
        }
    }
}
