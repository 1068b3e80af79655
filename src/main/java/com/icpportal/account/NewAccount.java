package com.icpportal.account;

import java.util.Set;

/** What it takes to open an account. */
public record NewAccount(
        String username,
        String displayName,
        String email,
        String rawPassword,
        Set<Role> roles,
        String preferredLocale) {}
