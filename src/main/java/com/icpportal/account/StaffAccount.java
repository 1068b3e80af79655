package com.icpportal.account;

import java.util.Set;

/** An account an admin opens: no password, the person sets it through a one-time link. */
public record StaffAccount(
        String username, String displayName, String email, String preferredLocale, Set<Role> roles) {}
