package org.vigie.web;

/** What an authenticated principal must tell about the caller; implemented by the accounts module. */
public interface CallerPrincipal {
    Caller caller();
}
