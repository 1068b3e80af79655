package com.icpportal.account;

/** Whom a usable one-time link lets set a password, for the page that asks for it. */
public record PasswordLinkHolder(String username, String displayName) {}
