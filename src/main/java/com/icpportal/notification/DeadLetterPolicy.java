package com.icpportal.notification;

import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import jakarta.mail.MessagingException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailSendException;
import org.springframework.stereotype.Component;

/**
 * When a failed message stops being retried: when the server refused it for good (an SMTP 5xx
 * reply, an SMS gateway's 4xx answer), retrying cannot help; and after
 * {@code portal.notifications.max-attempts} failed attempts (default 5), it would only be retried
 * without end. Such a message becomes a dead letter ({@link DeliveryStatus#DEAD}) that admins see
 * on the outbox page and may resend by hand.
 */
@Component
class DeadLetterPolicy {

    private final int maxAttempts;

    DeadLetterPolicy(@Value("${portal.notifications.max-attempts:5}") int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("portal.notifications.max-attempts must be at least 1");
        }
        this.maxAttempts = maxAttempts;
    }

    /** Whether a message whose attempt number {@code attempts} just failed with {@code failure} is dead. */
    boolean dead(Throwable failure, int attempts) {
        return attempts >= maxAttempts || permanent(failure);
    }

    /** Whether the failure, or anything it wraps, is a refusal that will not change on a retry. */
    static boolean permanent(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        // ArrayDeque takes no nulls; a LinkedList takes the absent causes, skipped below.
        Deque<Throwable> todo = new java.util.LinkedList<>();
        todo.add(failure);
        while (!todo.isEmpty()) {
            Throwable next = todo.poll();
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (next instanceof SmsDeliveryException sms && sms.permanent()) {
                return true;
            }
            int smtpCode = smtpReturnCode(next);
            if (smtpCode >= 500 && smtpCode < 600) {
                return true;
            }
            todo.add(next.getCause());
            if (next instanceof MailSendException mail) {
                Collections.addAll(todo, mail.getMessageExceptions());
            }
            if (next instanceof MessagingException messaging) {
                todo.add(messaging.getNextException());
            }
            Collections.addAll(todo, next.getSuppressed());
        }
        return false;
    }

    /**
     * The SMTP reply code of a refusal, or -1. Jakarta Mail's API has no such accessor; the
     * implementation's exceptions (Angus Mail's {@code SMTPAddressFailedException},
     * {@code SMTPSendFailedException}, {@code SMTPSenderFailedException}) each have
     * {@code getReturnCode()}, and the implementation is a runtime dependency only, so it is read by name.
     */
    private static int smtpReturnCode(Throwable failure) {
        if (!(failure instanceof MessagingException)) {
            return -1;
        }
        try {
            Object code = failure.getClass().getMethod("getReturnCode").invoke(failure);
            return code instanceof Integer number ? number : -1;
        } catch (ReflectiveOperationException notAnSmtpReply) {
            return -1;
        }
    }
}
