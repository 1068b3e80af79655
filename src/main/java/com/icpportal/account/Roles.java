package com.icpportal.account;

import java.util.Set;
import java.util.stream.Collectors;

/** Roles written the same way in every event detail. */
final class Roles {

    private Roles() {}

    static String describe(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(",", "[", "]"));
    }
}
