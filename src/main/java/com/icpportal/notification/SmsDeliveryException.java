package com.icpportal.notification;

/** The SMS gateway refused a text or could not be reached, after its retries. */
public class SmsDeliveryException extends RuntimeException {

    private final int attempts;

    public SmsDeliveryException(String message, int attempts, Throwable cause) {
        super(message, cause);
        this.attempts = attempts;
    }

    /** How many requests were made before giving up. */
    public int attempts() {
        return attempts;
    }
}
