package com.icpportal.demo;

import com.icpportal.account.Role;

/** A demo account as the sign-in page lists it. */
public record DemoAccount(String username, String displayName, Role role, String descriptionKey) {}
