package com.icpportal.notification;

/**
 * A message could not be sent now (or another worker is sending it). Thrown from a listener, it
 * leaves the event publication incomplete, so resubmission tries again later.
 */
class DeliveryFailedException extends RuntimeException {

    DeliveryFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
