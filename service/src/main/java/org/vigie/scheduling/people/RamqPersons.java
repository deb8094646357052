package org.vigie.scheduling.people;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The RAMQ registry's people ({@code ramq_person}): who may be added to an enterprise, and how they sign in. */
@Repository
class RamqPersons {
    private final JdbcClient jdbc;

    RamqPersons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A person as RAMQ registered them. */
    record RamqPerson(long id, String ramqId, String firstName, String lastName, String pseudonym, String practiceNumber,
                      boolean onlineServices) {
    }

    /** Inserts the person; a {@link org.springframework.dao.DuplicateKeyException} when the identifier, pseudonym or number is taken. */
    long insert(String ramqId, String firstName, String lastName, String pseudonym, String practiceNumber, boolean onlineServices,
                Instant at) {
        jdbc.sql("INSERT INTO ramq_person (ramq_id, first_name, last_name, pseudonym, practice_number, online_services, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(ramqId, firstName, lastName, pseudonym, practiceNumber, onlineServices, Timestamp.from(at))
                .update();
        return jdbc.sql("SELECT id FROM ramq_person WHERE ramq_id = ?").param(ramqId).query(Long.class).single();
    }

    RamqPerson find(long id) {
        return jdbc.sql("SELECT id, ramq_id, first_name, last_name, pseudonym, practice_number, online_services FROM ramq_person WHERE id = ?")
                .param(id)
                .query((rs, n) -> new RamqPerson(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getBoolean(7)))
                .single();
    }

    /** R35: the person registered with the online services whose RAMQ identifier, practice number or pseudonym this is. */
    Optional<Long> onlineByIdentifier(String identifier) {
        return jdbc.sql("SELECT id FROM ramq_person WHERE online_services AND (ramq_id = ? OR practice_number = ? OR pseudonym = ?)")
                .params(identifier, identifier, identifier).query(Long.class).optional();
    }

    Optional<Long> onlineByRamqId(String ramqId) {
        return jdbc.sql("SELECT id FROM ramq_person WHERE ramq_id = ? AND online_services").param(ramqId).query(Long.class).optional();
    }

    /** R1: the RAMQ identifier a pseudonym signs in as. */
    Optional<String> ramqIdOfPseudonym(String pseudonym) {
        return jdbc.sql("SELECT ramq_id FROM ramq_person WHERE pseudonym = ? AND online_services").param(pseudonym).query(String.class).optional();
    }
}
