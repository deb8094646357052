package org.vigie.web;

import java.util.Optional;

/**
 * Other names a person may sign in with, kept by the module that knows them (a clinic user's RAMQ
 * pseudonym, in e-mail form, stands for their RAMQ identifier). Asked only when no account has the
 * name given.
 */
public interface LoginAliases {
    Optional<String> usernameFor(String login);
}
