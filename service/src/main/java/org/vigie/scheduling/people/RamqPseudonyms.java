package org.vigie.scheduling.people;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigie.web.LoginAliases;

/** R1: a clinic user signs in with their RAMQ identifier or with their pseudonym (an e-mail form RAMQ registered). */
@Component
class RamqPseudonyms implements LoginAliases {
    private final JdbcClient jdbc;

    RamqPseudonyms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> usernameFor(String login) {
        if (login == null || !login.contains("@")) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT ramq_id FROM ramq_person WHERE pseudonym = ? AND online_services").param(login).query(String.class).optional();
    }
}
