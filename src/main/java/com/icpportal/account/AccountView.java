package com.icpportal.account;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An account as other modules see it: never its password. {@code version} guards admin edits. */
public record AccountView(
        UUID id,
        String username,
        String displayName,
        String email,
        Set<Role> roles,
        boolean enabled,
        String preferredLocale,
        long version,
        Instant createdAt) {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
