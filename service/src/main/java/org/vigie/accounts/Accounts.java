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

    /** The language the account's holder reads their e-mails in (fr, en); empty when no account has this name. */
    @Query("SELECT language FROM account WHERE username = :username")
    Optional<String> languageOf(String username);

    @Query("SELECT language FROM account WHERE id = :id")
    String languageOf(long id);

    @Modifying
    @Query("UPDATE account SET language = :language WHERE id = :id")
    int changeLanguage(long id, String language);
}
