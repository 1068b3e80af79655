package com.icpportal.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * and mark it sent as soon as the server has accepted it. Each step commits on its own, so a failure
 * is recorded (attempts, last error) even though the listener then throws to leave its event
 * publication incomplete.
 *
 * <p><b>The crash window</b>: if the process dies after the SMTP server (its reply to the end of
 * DATA) or the SMS gateway (its 2xx answer) accepted a message and before the SENT mark commits (one
 * short transaction), the row stays SENDING; once it is older than the {@link ClaimTimeout}, the
 * resubmitted event claims it again and the message is sent a second time, with the same
 * {@code Message-ID} or SMS idempotency key. That is the only way a recipient gets a message twice.
 */
@Component
class Deliveries {

    private static final Logger LOG = LoggerFactory.getLogger(Deliveries.class);

    private final Outbox outbox;
    private final MailDelivery mail;
    private final SmsGateway sms;
    private final ClaimTimeout claimTimeout;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    /** Keys of messages found SENDING by another (perhaps dead) worker and already reported once. */
    private final Set<String> reportedStuck = ConcurrentHashMap.newKeySet();

    private final DeadLetterPolicy deadLetters;

    Deliveries(
            Outbox outbox,
            MailDelivery mail,
            SmsGateway sms,
            ClaimTimeout claimTimeout,
            Clock clock,
            PlatformTransactionManager transactions,
            DeadLetterPolicy deadLetters) {
        this.deadLetters = deadLetters;
        this.outbox = outbox;
        this.mail = mail;
        this.sms = sms;
        this.claimTimeout = claimTimeout;
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
                inOwnTransaction(() -> outbox.claim(message.key(), now, now.minus(claimTimeout.value())));
        if (claimed.isEmpty()) {
            DeliveryStatus status = outbox.status(message.key()).orElse(DeliveryStatus.PENDING);
            if (status.settled()) {
                reportedStuck.remove(message.key());
                return;
            }
            reportStuck(message);
            throw new DeliveryFailedException("another worker is sending " + message.key(), null);
        }
        reportedStuck.remove(message.key());
        send(claimed.get());
    }

    /**
     * One WARN per message found SENDING under someone else's claim (a worker still talking to the
     * server, or one that died): every resubmission pass meets it again until the claim expires.
     */
    private void reportStuck(OutgoingMessage message) {
        if (!reportedStuck.add(message.key())) {
            return;
        }
        Optional<Outbox.Claim> claim = outbox.claimOf(message.key());
        if (claim.isEmpty()) {
            return;
        }
        LOG.warn(
                "{} {} to {} has been SENDING since {} (attempt {}); if its worker died, it is sent again "
                        + "on the first resubmission after {} (claim timeout {})",
                message.channel(),
                message.kind(),
                claim.get().recipientShown(),
                claim.get().claimedAt(),
                claim.get().attempts(),
                claim.get().claimedAt().plus(claimTimeout.value()),
                claimTimeout.value());
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
        AtomicBoolean acceptedByServer = new AtomicBoolean();
        AtomicBoolean recorded = new AtomicBoolean();
        Runnable accepted = () -> {
            // The crash window: the server has the message; until this commits, a crash means a resend.
            acceptedByServer.set(true);
            long acceptedAt = System.nanoTime();
            inOwnTransaction(() -> {
                outbox.markDone(message.id(), DeliveryStatus.SENT, clock.instant());
                return null;
            });
            recorded.set(true);
            LOG.debug(
                    "{} {} {} recorded SENT {} µs after the server accepted it",
                    message.channel(),
                    message.kind(),
                    message.id(),
                    (System.nanoTime() - acceptedAt) / 1000);
        };
        DeliveryStatus outcome;
        try {
            outcome = switch (message.channel()) {
                case EMAIL -> mail.send(message, accepted);
                case SMS -> {
                    DeliveryStatus status = sms.send(new SmsGateway.SmsMessage(
                            message.recipient(),
                            message.body(),
                            message.reference(),
                            message.id().toString()));
                    if (status == DeliveryStatus.SENT) {
                        accepted.run();
                    }
                    yield status;
                }
                case NOTICE -> DeliveryStatus.SENT;
            };
        } catch (RuntimeException e) {
            String error = describe(e);
            if (recorded.get()) {
                // accepted and recorded; what failed came after (closing the connection)
                return DeliveryStatus.SENT;
            }
            if (acceptedByServer.get()) {
                // Not FAILED: that would send it again at once. It stays SENDING, the crash window.
                LOG.warn(
                        "{} {} to {} was accepted by the server but could not be recorded SENT: {}",
                        message.channel(),
                        message.kind(),
                        message.recipientShown(),
                        error);
                throw new DeliveryFailedException(
                        message.channel() + " " + message.kind() + " accepted, not recorded: " + error, e);
            }
            LOG.warn(
                    "{} {} to {} not sent (attempt {}): {}",
                    message.channel(),
                    message.kind(),
                    message.recipientShown(),
                    message.attempts(),
                    error);
            boolean dead = deadLetters.dead(e, message.attempts());
            DeliveryFailure failure = DeliveryFailure.of(e, message.channel());
            inOwnTransaction(() -> {
                if (dead) {
                    outbox.markDead(message.id(), error, failure);
                } else {
                    outbox.markFailed(message.id(), error, failure);
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
        if (!recorded.get()) {
            inOwnTransaction(() -> {
                outbox.markDone(message.id(), outcome, clock.instant());
                return null;
            });
        }
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
