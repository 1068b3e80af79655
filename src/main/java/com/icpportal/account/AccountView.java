package com.icpportal.account;

import java.util.Set;
import java.util.UUID;

/** An account as other modules see it: never its password. */
public record AccountView(UUID id, String username, String displayName, String email, Set<Role> roles,
        boolean enabled, String preferredLocale) {
}
