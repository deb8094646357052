package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DeadlockLoserDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.vigie.web.ConflictException;

/** The retry of a whole transaction lost to a deadlock or a lock wait timeout, then 409 transaction.busy; nothing else retried. */
class TransactionsTests {
    final AtomicInteger begun = new AtomicInteger();
    final AtomicInteger rolledBack = new AtomicInteger();

    final PlatformTransactionManager manager = new PlatformTransactionManager() {
        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            begun.incrementAndGet();
            return new SimpleTransactionStatus();
        }

        @Override
        public void commit(TransactionStatus status) {
        }

        @Override
        public void rollback(TransactionStatus status) {
            rolledBack.incrementAndGet();
        }
    };

    final Transactions transactions = new Transactions(manager, new Transactions.TransactionSettings(4), () -> { }, key -> key);

    @Test
    void aDeadlockLoserIsRunAgainInANewTransaction() {
        AtomicInteger calls = new AtomicInteger();
        String result = transactions.run(() -> {
            if (calls.incrementAndGet() < 3) {
                throw calls.get() == 1 ? new DeadlockLoserDataAccessException("1213", null) : new CannotAcquireLockException("1205");
            }
            return "booked";
        });
        assertThat(result).isEqualTo("booked");
        assertThat(java.util.List.of(calls.get(), begun.get(), rolledBack.get())).containsExactly(3, 3, 2);
    }

    @Test
    void afterTheAttemptsTheCallerIsToldTheServiceIsBusy() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> transactions.run(() -> {
            calls.incrementAndGet();
            throw new CannotAcquireLockException("1205");
        })).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.code()).isEqualTo(Transactions.BUSY);
            assertThat(e.getMessage()).as("the pack's message of that name, in the caller's language").isEqualTo("transaction.busy");
        });
        assertThat(calls.get()).isEqualTo(4);
    }

    @Test
    void anyOtherFailureIsNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> transactions.run(() -> {
            calls.incrementAndGet();
            throw new DataIntegrityViolationException("duplicate");
        })).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(calls.get()).isEqualTo(1);
    }
}
