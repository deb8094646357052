package org.vigie.accounts;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;

import org.springframework.data.repository.CrudRepository;

public interface Accounts extends CrudRepository<Account, Long> {
    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    @Modifying
    @Query("UPDATE account SET password_hash = :passwordHash WHERE id = :id")
    void changePassword(long id, String passwordHash);
}
