package org.vigie.scheduling.availability;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.vigie.scheduling.offering.ServiceUse;

/** The availability slots ({@code availability_slot}) and the services each offers ({@code availability_slot_service}). */
@Repository
class Slots implements ServiceUse {
    private final JdbcClient jdbc;

    Slots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A slot is past once it has ended (§9 A4): a running one still counts. */
    @Override
    public long futureSlotsOffering(long serviceId, Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM availability_slot s JOIN availability_slot_service x ON x.slot_id = s.id"
                + " WHERE x.service_id = ? AND s.ends_at > ?").params(serviceId, Timestamp.from(now)).query(Long.class).single();
    }
}
