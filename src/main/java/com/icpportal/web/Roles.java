package com.icpportal.web;

/** The role names the security rules speak of; the account module owns who has which. */
public final class Roles {

    public static final String APPLICANT = "APPLICANT";
    public static final String REVIEWER = "REVIEWER";
    public static final String ADMIN = "ADMIN";

    private Roles() {}
}
