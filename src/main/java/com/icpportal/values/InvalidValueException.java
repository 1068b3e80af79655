package com.icpportal.values;

import java.util.Objects;

/**
 * Thrown when text typed or pasted by a user is not a valid value of one of the portal's value types.
 *
 * <p>{@link #messageKey()} and {@link #arguments()} are meant for the web layer, which resolves them into a message
 * in the user's language (keys look like {@code value.residentId.checksum}). {@link #getMessage()} is for developers
 * and logs; it never contains a full personal identifier.
 */
public class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidValueException(String messageKey, String detail, Object... arguments) {
        super(detail + " [" + messageKey + "]");
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        // Null only after deserialisation, which drops the arguments.
        return arguments == null ? new Object[0] : arguments.clone();
    }
}
