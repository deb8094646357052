package org.vigie.scheduling;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.web.ConflictException;

/**
 * Runs a whole transaction again when InnoDB gave it up to a deadlock (1213) or a lock wait timeout (1205), re-reading
 * everything (scheduling-lessons: "put the transaction boundary inside the retry"); after {@code attempts} tries the caller
 * gets a 409 with the code {@code transaction.busy}. Deadlock losers and lock timeouts are all
 * {@link PessimisticLockingFailureException}s ({@link CannotAcquireLockException}, {@code DeadlockLoserDataAccessException}).
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

    Transactions(PlatformTransactionManager transactions, TransactionSettings settings) {
        this.template = new TransactionTemplate(transactions);
        this.attempts = Math.max(1, settings.attempts());
    }

    /** The work's result, committed; retried whole on a lock failure, then 409 {@code transaction.busy}. */
    public <T> T run(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return template.execute(status -> work.get());
            } catch (PessimisticLockingFailureException e) {
                if (attempt >= attempts) {
                    throw new ConflictException(BUSY, "Le service est très sollicité et n'a pu enregistrer la demande : réessayez dans un instant.");
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt + 10)); // jitter, so that the losers do not meet again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConflictException(BUSY, "La demande a été interrompue : réessayez.");
        }
    }
}
