package com.icpportal.changeorder;

/** A refusal the user must be told about in words: a message key with its arguments. */
public abstract class ChangeOrderException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    protected ChangeOrderException(String message, String messageKey, Object... arguments) {
        super(message);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
