package com.icpportal.account;

/** What an account may do. An admin is also a reviewer (see the role hierarchy in the security configuration). */
public enum Role {
    APPLICANT,
    REVIEWER,
    ADMIN
}
