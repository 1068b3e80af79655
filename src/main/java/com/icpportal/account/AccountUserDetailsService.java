package com.icpportal.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Signs users in from their accounts (inside {@link ThrottledAuthenticationProvider}, not a bean of its
 * own). An account whose password was never set cannot sign in; it answers like an unknown one.
 */
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username.trim())
                .filter(Account::hasPassword)
                .map(PortalUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }
}
