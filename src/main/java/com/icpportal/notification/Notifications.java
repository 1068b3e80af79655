package com.icpportal.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;

import com.icpportal.changeorder.AdministrationRecords;
import com.icpportal.changeorder.ChangeOrderView;
import com.icpportal.changeorder.Reason;
import com.icpportal.shared.NotFoundException;

/**
 * Notifications as other modules and pages use them: a user's in-app notices, the admins' outbox,
 * and the messages that events of other modules ask for (verification codes, overdue orders,
 * one-time account links). Listeners in this module call the {@code send…}/{@code notify…} methods;
 * each is idempotent (a repeated call with the same arguments sends nothing more) and throws when
 * a message could not be sent yet, so that the calling listener's event publication stays incomplete.
 */
@Service
public class Notifications {

    static final int PAGE = 200;

    private final Outbox outbox;
    private final Deliveries deliveries;
    private final MessageTexts texts;
    private final Recipients recipients;
    private final AdministrationRecords orders;
    private final Clock clock;

    Notifications(
            Outbox outbox,
            Deliveries deliveries,
            MessageTexts texts,
            Recipients recipients,
            AdministrationRecords orders,
            Clock clock) {
        this.outbox = outbox;
        this.deliveries = deliveries;
        this.texts = texts;
        this.recipients = recipients;
        this.orders = orders;
        this.clock = clock;
    }

    // --- in-app notices -----------------------------------------------------------------------

    /** One indexed count: the header shows it on every page. */
    public int unreadNotices(UUID accountId) {
        return outbox.unreadNotices(accountId);
    }

    /** The account's notices, newest first (the latest 200). */
    public List<Notice> notices(UUID accountId) {
        return outbox.notices(accountId, PAGE);
    }

    /** @throws NotFoundException when the account has no such notice (someone else's looks the same) */
    public void markRead(UUID accountId, UUID noticeId) {
        if (!outbox.markRead(accountId, noticeId, clock.instant())) {
            throw new NotFoundException("notice");
        }
    }

    public void markAllRead(UUID accountId) {
        outbox.markAllRead(accountId, clock.instant());
    }

    // --- the outbox ---------------------------------------------------------------------------

    /** Emails and texts, newest first (the latest 200), of one status or all. */
    public List<OutboxEntry> outbox(DeliveryStatus status) {
        return outbox.entries(status, null, null, PAGE);
    }

    /**
     * A page of emails and texts, newest first, of one status or (null) all: at most {@code limit},
     * after the entry created at {@code afterCreated} with id {@code afterId} (null: the first page).
     */
    public List<OutboxEntry> outbox(DeliveryStatus status, java.time.Instant afterCreated, UUID afterId, int limit) {
        return outbox.entries(status, afterCreated, afterId, limit);
    }

    /** The emails and texts sent (or kept) about one order, oldest first. */
    public List<OutboxEntry> outboxFor(UUID orderId) {
        return outbox.entriesFor(orderId);
    }

    /** Sends a failed message again: its new status, or empty when it is not failed (any more). */
    public Optional<DeliveryStatus> resend(UUID id) {
        return deliveries.resend(id);
    }

    // --- messages other modules' events ask for ------------------------------------------------

    /**
     * The simulated administration's SMS verification code, to the mobile it names, through the
     * {@link SmsGateway}. {@code locale} may be null: the order's applicant's language is used.
     */
    public void sendVerificationCode(UUID orderId, String reference, String mobile, String code, Locale locale) {
        Locale language = locale != null
                ? locale
                : recipients
                        .account(orders.find(orderId).applicantId())
                        .map(Recipients.Person::locale)
                        .orElse(recipients.localeOf(null));
        String text = texts.text("notify.VERIFICATION_CODE.sms", language, reference, code);
        deliveries.deliver(new OutgoingMessage(
                key(NotificationKind.VERIFICATION_CODE, orderId, hash(mobile + ":" + code), Channel.SMS, mobile),
                Channel.SMS,
                NotificationKind.VERIFICATION_CODE,
                null,
                mobile,
                language,
                orderId,
                reference,
                texts.text("notify.VERIFICATION_CODE.subject", language, reference),
                text,
                null));
    }

    /**
     * An order passed its deadline: to the reviewer holding it, or to every reviewer when nobody
     * does; an email and a notice each.
     */
    public void notifyOverdue(UUID orderId, String reference, String state, Instant dueAt, UUID assigneeId) {
        List<Recipients.Person> people = assigneeId == null
                ? recipients.reviewers()
                : recipients.account(assigneeId).map(List::of).orElseGet(recipients::reviewers);
        List<OutgoingMessage> messages = new ArrayList<>();
        for (Recipients.Person person : people) {
            String stateName = texts.text("enum.OrderState." + state, person.locale());
            MessageTexts.Text text = texts.compose(
                    NotificationKind.ORDER_OVERDUE,
                    person.locale(),
                    person.name(),
                    reference,
                    dueAt,
                    List.of(),
                    "/review/orders/" + orderId,
                    stateName);
            messages.addAll(messages(
                    NotificationKind.ORDER_OVERDUE,
                    orderId,
                    reference,
                    state + ":" + dueAt,
                    person,
                    null,
                    text,
                    "/review/orders/" + orderId,
                    EnumSet.of(Channel.EMAIL, Channel.NOTICE)));
        }
        deliveries.deliverAll(messages);
    }

    /** A one-time link to set a password, by email to the account, with its expiry. */
    public void sendAccountLink(UUID accountId, String link, Instant expiresAt) {
        Recipients.Person person = recipients
                .account(accountId)
                .orElseThrow(() -> new IllegalArgumentException("no account " + accountId));
        MessageTexts.Text text = texts.compose(
                NotificationKind.ACCOUNT_LINK,
                person.locale(),
                person.name(),
                person.name(),
                expiresAt,
                List.of(),
                null,
                link);
        deliveries.deliverAll(messages(
                NotificationKind.ACCOUNT_LINK,
                accountId,
                null,
                hash(link),
                person,
                null,
                text,
                null,
                EnumSet.of(Channel.EMAIL)));
    }

    // --- for this module's listeners ----------------------------------------------------------

    /** The messages about an order to its applicant: email, in-app notice and, where asked, an SMS to the principal. */
    void notifyApplicant(
            NotificationKind kind,
            Object event,
            ChangeOrderView order,
            Instant due,
            List<Reason> reasons,
            Set<Channel> channels) {
        Recipients.Person applicant = recipients.account(order.applicantId()).orElse(null);
        if (applicant == null) {
            return;
        }
        String path = "/orders/" + order.id();
        MessageTexts.Text text =
                texts.compose(kind, applicant.locale(), applicant.name(), order.reference(), due, reasons, path);
        String mobile = channels.contains(Channel.SMS) ? Recipients.mobile(order) : null;
        deliveries.deliverAll(messages(
                kind, order.id(), order.reference(), hash(event.toString()), applicant, mobile, text, path, channels));
    }

    ChangeOrderView order(UUID orderId) {
        return orders.find(orderId);
    }

    private List<OutgoingMessage> messages(
            NotificationKind kind,
            UUID subjectId,
            String reference,
            String eventKey,
            Recipients.Person person,
            String mobile,
            MessageTexts.Text text,
            String path,
            Set<Channel> channels) {
        List<OutgoingMessage> messages = new ArrayList<>();
        if (channels.contains(Channel.NOTICE)) {
            messages.add(new OutgoingMessage(
                    key(
                            kind,
                            subjectId,
                            eventKey,
                            Channel.NOTICE,
                            person.accountId().toString()),
                    Channel.NOTICE,
                    kind,
                    person.accountId(),
                    null,
                    person.locale(),
                    orderIdOrNull(kind, subjectId),
                    reference,
                    text.subject(),
                    text.notice(),
                    path));
        }
        if (channels.contains(Channel.EMAIL)
                && person.email() != null
                && !person.email().isBlank()) {
            messages.add(new OutgoingMessage(
                    key(kind, subjectId, eventKey, Channel.EMAIL, person.email()),
                    Channel.EMAIL,
                    kind,
                    person.accountId(),
                    person.email(),
                    person.locale(),
                    orderIdOrNull(kind, subjectId),
                    reference,
                    text.subject(),
                    text.body(),
                    path));
        }
        if (channels.contains(Channel.SMS) && mobile != null) {
            messages.add(new OutgoingMessage(
                    key(kind, subjectId, eventKey, Channel.SMS, mobile),
                    Channel.SMS,
                    kind,
                    person.accountId(),
                    mobile,
                    person.locale(),
                    orderIdOrNull(kind, subjectId),
                    reference,
                    text.subject(),
                    text.sms(),
                    path));
        }
        return messages;
    }

    private static UUID orderIdOrNull(NotificationKind kind, UUID subjectId) {
        return kind == NotificationKind.ACCOUNT_LINK ? null : subjectId;
    }

    /** {@code KIND:subject:event:CHANNEL:recipient}: the same event to the same recipient is one message. */
    static String key(NotificationKind kind, UUID subjectId, String eventKey, Channel channel, String recipient) {
        String key = kind + ":" + subjectId + ":" + eventKey + ":" + channel + ":" + recipient;
        return key.length() <= 400 ? key : key.substring(0, 340) + hash(key);
    }

    static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
