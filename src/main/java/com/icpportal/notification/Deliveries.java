package com.icpportal.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers messages at most once per key, except in one window. For every message: record it by its
 * unique key (a second attempt finds the row), claim it (one worker wins), hand it to the server,
 * then mark it sent. Each step commits on its own, so a failure is recorded (attempts, last error)
 * even though the listener then throws to leave its event publication incomplete.
 *
 * <p><b>The crash window</b>: if the process dies after the SMTP server or SMS gateway accepted a
 * message and before the SENT mark commits, the row stays SENDING; once it is older than
 * {@code portal.notifications.claim-timeout}, the resubmitted event claims it again and the message is
 * sent a second time. That is the only way a recipient gets a message twice.
 */
@Component
class Deliveries {

    private static final Logger LOG = LoggerFactory.getLogger(Deliveries.class);

    private final Outbox outbox;
    private final MailDelivery mail;
    private final SmsGateway sms;
    private final NotificationSettings settings;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final DeadLetterPolicy deadLetters;

    Deliveries(
            Outbox outbox,
            MailDelivery mail,
            SmsGateway sms,
            NotificationSettings settings,
            Clock clock,
            PlatformTransactionManager transactions,
            DeadLetterPolicy deadLetters) {
        this.deadLetters = deadLetters;
        this.outbox = outbox;
        this.mail = mail;
        this.sms = sms;
        this.settings = settings;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Delivers every message; tries them all even when one fails, then throws if any could not be
     * sent (its publication stays incomplete and is resubmitted; the sent ones are not sent again).
     */
    void deliverAll(List<OutgoingMessage> messages) {
        List<RuntimeException> failures = new ArrayList<>();
        for (OutgoingMessage message : messages) {
            try {
                deliver(message);
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            DeliveryFailedException failure = new DeliveryFailedException(
                    failures.size() + " of " + messages.size() + " messages not delivered yet: "
                            + failures.get(0).getMessage(),
                    failures.get(0));
            failures.stream().skip(1).forEach(failure::addSuppressed);
            throw failure;
        }
    }

    void deliver(OutgoingMessage message) {
        Instant now = clock.instant();
        if (message.channel() == Channel.NOTICE) {
            inOwnTransaction(() -> outbox.insert(message, DeliveryStatus.SENT, now));
            return;
        }
        inOwnTransaction(() -> outbox.insert(message, DeliveryStatus.PENDING, now));
        Optional<OutboxEntry> claimed =
                inOwnTransaction(() -> outbox.claim(message.key(), now, now.minus(settings.claimTimeout())));
        if (claimed.isEmpty()) {
            DeliveryStatus status = outbox.status(message.key()).orElse(DeliveryStatus.PENDING);
            if (status.settled()) {
                return;
            }
            throw new DeliveryFailedException("another worker is sending " + message.key(), null);
        }
        send(claimed.get());
    }

    /** An admin's resend of a failed message: the outcome, or empty when it was not failed (any more). */
    Optional<DeliveryStatus> resend(UUID id) {
        Optional<OutboxEntry> claimed = inOwnTransaction(() -> outbox.claimFailed(id, clock.instant()));
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(send(claimed.get()));
        } catch (DeliveryFailedException e) {
            return Optional.of(DeliveryStatus.FAILED);
        }
    }

    private DeliveryStatus send(OutboxEntry message) {
        DeliveryStatus outcome;
        try {
            outcome = switch (message.channel()) {
                case EMAIL -> mail.send(message);
                case SMS ->
                    sms.send(new SmsGateway.SmsMessage(
                            message.recipient(),
                            message.body(),
                            message.reference(),
                            message.id().toString()));
                case NOTICE -> DeliveryStatus.SENT;
            };
        } catch (RuntimeException e) {
            String error = describe(e);
            LOG.warn(
                    "{} {} to {} not sent (attempt {}): {}",
                    message.channel(),
                    message.kind(),
                    message.recipientShown(),
                    message.attempts(),
                    error);
            boolean dead = deadLetters.dead(e, message.attempts());
            inOwnTransaction(() -> {
                if (dead) {
                    outbox.markDead(message.id(), error);
                } else {
                    outbox.markFailed(message.id(), error);
                }
                return null;
            });
            if (dead) {
                // Refused for good or tried often enough: the publication completes; an admin may resend.
                LOG.warn("{} {} to {} is a dead letter", message.channel(), message.kind(), message.recipientShown());
                return DeliveryStatus.DEAD;
            }
            throw new DeliveryFailedException(message.channel() + " " + message.kind() + " not sent: " + error, e);
        }
        // The crash window: the server has the message; until this commits, a crash means a resend.
        inOwnTransaction(() -> {
            outbox.markDone(message.id(), outcome, clock.instant());
            return null;
        });
        return outcome;
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = e; cause != null && text.length() < 1000; cause = cause.getCause()) {
            if (!text.isEmpty()) {
                text.append(" ← ");
            }
            text.append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                text.append(": ").append(cause.getMessage());
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return text.toString();
    }

    private <T> T inOwnTransaction(Supplier<T> work) {
        return ownTransaction.execute(status -> work.get());
    }
}
