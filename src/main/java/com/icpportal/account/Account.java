package com.icpportal.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "account")
class Account {

    @Id
    private UUID id;

    private String username;

    private String displayName;

    private String email;

    private String passwordHash;

    private boolean enabled;

    private String preferredLocale;

    private Instant createdAt;

    private long sessionGeneration;

    private Instant passwordChangedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {}

    Account(
            String username,
            String displayName,
            String email,
            String passwordHash,
            Set<Role> roles,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    String preferredLocale() {
        return preferredLocale;
    }

    Set<Role> roles() {
        return Set.copyOf(roles);
    }

    void preferLocale(String languageTag) {
        this.preferredLocale = languageTag;
    }

    long version() {
        return version;
    }

    long sessionGeneration() {
        return sessionGeneration;
    }

    boolean hasPassword() {
        return passwordHash != null;
    }

    boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    /** New roles apply at once: the account's sessions, which hold the old ones, end at their next request. */
    void changeRoles(Set<Role> newRoles) {
        this.roles.clear();
        this.roles.addAll(newRoles);
        this.sessionGeneration++;
    }

    /** Every open session of the account ends at its next request (its second factor was reset). */
    void endSessions() {
        this.sessionGeneration++;
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    /** A new password ends every other session of the account: they started under the old generation. */
    void setPassword(String newHash, Instant at) {
        this.passwordHash = newHash;
        this.passwordChangedAt = at;
        this.sessionGeneration++;
    }

    AccountView view() {
        return new AccountView(id, username, displayName, email, roles(), enabled, preferredLocale, version, createdAt);
    }
}
