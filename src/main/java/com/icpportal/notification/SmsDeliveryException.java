package com.icpportal.notification;

/** The SMS gateway refused a text or could not be reached, after its retries. */
public class SmsDeliveryException extends RuntimeException {

    private final int attempts;
    private final boolean permanent;

    public SmsDeliveryException(String message, int attempts, Throwable cause) {
        this(message, attempts, cause, false);
    }

    /** @param permanent the gateway refused the text for good (a 4xx answer): retrying cannot help */
    public SmsDeliveryException(String message, int attempts, Throwable cause, boolean permanent) {
        super(message, cause);
        this.attempts = attempts;
        this.permanent = permanent;
    }

    /** Whether the gateway refused the text for good, so it becomes a dead letter at once. */
    public boolean permanent() {
        return permanent;
    }

    /** How many requests were made before giving up. */
    public int attempts() {
        return attempts;
    }
}
