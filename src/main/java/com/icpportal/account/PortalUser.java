package com.icpportal.account;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import com.icpportal.web.LocalePreference;
import com.icpportal.web.SecondFactorPrincipal;

/** The signed-in user: their account id is what ownership checks compare against. */
public final class PortalUser implements UserDetails, LocalePreference, SecondFactorPrincipal {

    private final UUID id;
    private final String username;
    private final String displayName;
    private final String passwordHash;
    private final boolean enabled;
    private final String preferredLocale;
    private final long sessionGeneration;
    private final Collection<GrantedAuthority> authorities;
    private final boolean secondFactorRequired;

    PortalUser(Account account) {
        this(account, false);
    }

    /** @param enrolled whether the account has a confirmed second factor (an applicant's own choice) */
    PortalUser(Account account, boolean enrolled) {
        this.id = account.id();
        this.username = account.username();
        this.displayName = account.displayName();
        this.passwordHash = account.passwordHash();
        this.enabled = account.enabled();
        this.preferredLocale = account.preferredLocale();
        this.sessionGeneration = account.sessionGeneration();
        this.authorities = account.roles().stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
        this.secondFactorRequired = enrolled || account.roles().contains(Role.REVIEWER) || account.isAdmin();
    }

    /** Reviewers and admins always; applicants once they enrolled a second factor. */
    @Override
    public boolean secondFactorRequired() {
        return secondFactorRequired;
    }

    public UUID id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** The account's session generation when this user signed in (see {@link SessionGuard}). */
    long sessionGeneration() {
        return sessionGeneration;
    }

    @Override
    public Optional<Locale> preferredLocale() {
        return Optional.ofNullable(preferredLocale).map(Locale::forLanguageTag);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PortalUser user && user.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "PortalUser[" + username + "]";
    }
}
