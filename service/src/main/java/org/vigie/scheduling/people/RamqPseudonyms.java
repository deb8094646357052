package org.vigie.scheduling.people;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.vigie.web.LoginAliases;

/** R1: a clinic user signs in with their RAMQ identifier or with their pseudonym (an e-mail form RAMQ registered). */
@Component
class RamqPseudonyms implements LoginAliases {
    private final RamqPersons persons;

    RamqPseudonyms(RamqPersons persons) {
        this.persons = persons;
    }

    @Override
    public Optional<String> usernameFor(String login) {
        if (login == null || !login.contains("@")) {
            return Optional.empty();
        }
        return persons.ramqIdOfPseudonym(login);
    }
}
