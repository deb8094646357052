package org.vigie.accounts;

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

    MailLanguages(Accounts accounts) {
        this.accounts = accounts;
    }

    /** "fr" or "en" for the account signing in with this e-mail address (its username); "fr" without an account. */
    public String of(String username) {
        return username == null ? "fr" : accounts.languageOf(username).filter(CHOICES::contains).orElse("fr");
    }
}
