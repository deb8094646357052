package org.vigie.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The language a person reads their e-mails in: the one their account keeps (chosen with {@code PUT /api/me/language}, or
 * the language a physician registered in), French for an address without an account. What a caller reads in an answer
 * follows their request's Accept-Language; an e-mail reaches them later, outside any request, hence this.
 */
@Component
public class MailLanguages {
    /** The languages a person may choose. */
    public static final java.util.List<String> CHOICES = java.util.List.of("fr", "en");

    private final Accounts accounts;
    private final JdbcClient jdbc;

    MailLanguages(Accounts accounts, JdbcClient jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /** "fr" or "en" for the account signing in with this e-mail address (its username); "fr" without an account. */
    public String of(String username) {
        return username == null ? "fr" : accounts.languageOf(username).filter(CHOICES::contains).orElse("fr");
    }

    /** The same for many addresses in one read (an activity's participants): every address given is a key. */
    public java.util.Map<String, String> of(java.util.Collection<String> usernames) {
        java.util.Map<String, String> languages = new java.util.HashMap<>();
        usernames.forEach(u -> languages.put(u, "fr"));
        if (!usernames.isEmpty()) {
            jdbc.sql("SELECT username, language FROM account WHERE username IN (:usernames)").param("usernames", usernames)
                    .query((rs, n) -> java.util.Map.entry(rs.getString(1), rs.getString(2))).list()
                    .forEach(e -> languages.put(e.getKey(), CHOICES.contains(e.getValue()) ? e.getValue() : "fr"));
        }
        return languages;
    }
}
