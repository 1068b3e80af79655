package com.icpportal.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.icpportal.web.LanguageChosen;
import com.icpportal.web.Languages;

/** The accounts: opening them, finding them, and keeping each user's language. */
@Service
public class Accounts {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    Accounts(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Opens an account with a hashed password and returns its id. */
    @Transactional
    public UUID create(NewAccount request) {
        Account account = new Account(request.username().trim(), request.displayName(), request.email(),
                passwordEncoder.encode(request.rawPassword()), request.roles(), clock.instant());
        if (request.preferredLocale() != null) {
            account.preferLocale(request.preferredLocale());
        }
        return accounts.save(account).id();
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> findByUsername(String username) {
        return accounts.findByUsername(username).map(Account::view);
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> findById(UUID id) {
        return accounts.findById(id).map(Account::view);
    }

    @Transactional(readOnly = true)
    public List<AccountView> withRole(Role role) {
        return accounts.findByRole(role).stream().map(Account::view).toList();
    }

    @EventListener
    @Transactional
    public void on(LanguageChosen event) {
        accounts.findByUsername(event.username())
                .ifPresent(account -> account.preferLocale(Languages.tag(event.locale())));
    }
}
