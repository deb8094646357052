package org.vigie.accounts;

import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

public interface Accounts extends CrudRepository<Account, Long> {
    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);
}
