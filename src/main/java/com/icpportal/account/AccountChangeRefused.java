package com.icpportal.account;

/** An admin's change that the account rules forbid; {@code messageKey} says why, in the page's language. */
public class AccountChangeRefused extends RuntimeException {

    private final String messageKey;

    AccountChangeRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
