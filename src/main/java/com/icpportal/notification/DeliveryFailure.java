package com.icpportal.notification;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;

/**
 * Why the last attempt to send a message failed, in terms an admin can act on; the outbox page
 * shows these words, the raw exception text stays in the log and the {@code last_error} column.
 */
public enum DeliveryFailure {
    /** The mail server refused the message for good (an SMTP 5xx reply: no such mailbox, rejected). */
    MAIL_REFUSED,
    /** The SMS gateway refused the text for good (a 4xx answer: a wrong number, a blocked text). */
    SMS_REFUSED,
    /** The server could not be reached (connection refused, unknown host). */
    UNREACHABLE,
    /** The server did not answer in time. */
    TIMED_OUT,
    /** The SMS gateway could not take the text now (5xx, busy). */
    SMS_UNAVAILABLE,
    /** Anything else: the server log has the details. */
    OTHER;

    /** The failure that {@code error} (and what it wraps) describes, for a message on {@code channel}. */
    static DeliveryFailure of(Throwable error, Channel channel) {
        if (DeadLetterPolicy.permanent(error)) {
            return channel == Channel.SMS ? SMS_REFUSED : MAIL_REFUSED;
        }
        boolean smsGateway = false;
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable cause = error; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException || cause instanceof HttpTimeoutException) {
                return TIMED_OUT;
            }
            if (cause instanceof ConnectException
                    || cause instanceof UnknownHostException
                    || cause.getClass().getSimpleName().equals("MailConnectException")) {
                return UNREACHABLE;
            }
            smsGateway |= cause instanceof SmsDeliveryException;
        }
        return smsGateway ? SMS_UNAVAILABLE : OTHER;
    }
}
