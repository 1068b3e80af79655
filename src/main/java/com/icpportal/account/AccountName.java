package com.icpportal.account;

import java.util.UUID;

/** An account's id and the name people know it by: all that a list of people to choose from needs. */
public record AccountName(UUID id, String displayName) {}
