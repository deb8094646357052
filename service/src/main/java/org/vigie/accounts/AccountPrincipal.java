package org.vigie.accounts;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.vigie.web.Caller;
import org.vigie.web.CallerPrincipal;

/** The Spring Security view of an {@link Account}. */
final class AccountPrincipal implements UserDetails, CallerPrincipal {
    private final Account account;

    AccountPrincipal(Account account) {
        this.account = account;
    }

    @Override
    public Caller caller() {
        return new Caller(account.getId(), account.getUsername(), account.getRole(), account.getRegulator(), account.getMemberId());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + account.getRole().name()));
    }

    @Override
    public String getPassword() {
        return account.getPasswordHash();
    }

    @Override
    public String getUsername() {
        return account.getUsername();
    }
}
