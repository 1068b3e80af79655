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
    private final java.util.function.Predicate<java.util.UUID> enrolled;

    AccountUserDetailsService(AccountRepository accounts, java.util.function.Predicate<java.util.UUID> enrolled) {
        this.accounts = accounts;
        this.enrolled = enrolled;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username.trim())
                .filter(Account::hasPassword)
                .map(account -> new PortalUser(account, enrolled.test(account.id())))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }
}
