package com.icpportal.web;

/**
 * A request no page of the portal could have sent: a tampered index or version, a broken upload.
 * Answered with the 400 page, never a 500; the message is for the log only, never shown.
 */
public class MalformedRequestException extends RuntimeException {

    public MalformedRequestException(String message) {
        super(message);
    }

    public MalformedRequestException(String message, Throwable cause) {
        super(message, cause);
    }
}
