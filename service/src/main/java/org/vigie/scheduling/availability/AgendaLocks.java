package org.vigie.scheduling.availability;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One lock row per professional ({@code availability_lock}): the week-wide writes of their slots take it first, so that two of
 * them run one after the other and the second sees what the first wrote. Slot rows cannot serve: an empty week has none.
 */
@Repository
class AgendaLocks {
    private final JdbcClient jdbc;

    AgendaLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the professional's row until the transaction ends, inserting it when missing: the primary key makes a second
     * first taker wait for the first one, then find its row (the duplicate takes an exclusive lock, so no upgrade deadlocks).
     */
    void lock(long professionalId) {
        jdbc.sql("INSERT INTO availability_lock (professional_id) VALUES (?) ON DUPLICATE KEY UPDATE professional_id = professional_id")
                .param(professionalId).update();
        jdbc.sql("SELECT professional_id FROM availability_lock WHERE professional_id = ? FOR UPDATE").param(professionalId)
                .query(Long.class).single();
    }
}
