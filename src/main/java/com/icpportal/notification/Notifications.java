package com.icpportal.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.icpportal.changeorder.AdministrationRecords;
import com.icpportal.changeorder.ChangeOrderView;
import com.icpportal.changeorder.OrdersOverdue;
import com.icpportal.changeorder.Reason;
import com.icpportal.shared.KeptAtVersion;
import com.icpportal.shared.Languages;
import com.icpportal.shared.NotFoundException;
import com.icpportal.shared.PortalTimes;
import com.icpportal.shared.ReferenceVersions;

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
    /** Notices per page of the notices list. */
    static final int NOTICE_PAGE = 50;
    /** The header counts unread notices up to this many and then says "99+". */
    public static final int UNREAD_CAP = 100;
    /** The row of {@code reference_data_version} that notices and read marks move on (V132). */
    static final String NOTICE_VERSION = "notice";

    /** Where an overdue digest sends a reviewer: the queue's overdue orders. */
    static final String OVERDUE_QUEUE = "/review?tab=OPEN&overdue=true";

    private final Outbox outbox;
    private final Deliveries deliveries;
    private final MessageTexts texts;
    private final Recipients recipients;
    private final AdministrationRecords orders;
    private final PortalTimes times;
    private final Clock clock;
    private final ReferenceVersions versions;
    /** Each account's unread count at the version {@code notice}, at most 10,000 accounts. */
    private final KeptAtVersion<UUID, Integer> unreadCounts = new KeptAtVersion<>(10_000);

    Notifications(
            Outbox outbox,
            Deliveries deliveries,
            MessageTexts texts,
            Recipients recipients,
            AdministrationRecords orders,
            PortalTimes times,
            Clock clock,
            ReferenceVersions versions) {
        this.versions = versions;
        this.times = times;
        this.outbox = outbox;
        this.deliveries = deliveries;
        this.texts = texts;
        this.recipients = recipients;
        this.orders = orders;
        this.clock = clock;
    }

    // --- in-app notices -----------------------------------------------------------------------

    /**
     * The header's unread count, bounded: at most {@link #UNREAD_CAP} entries of the partial index
     * of unread notices are read, so a value of {@code UNREAD_CAP} means "99+". Kept in this node's
     * memory under the version {@code notice} of {@link ReferenceVersions}, which triggers (V132)
     * move on with every notice added, read or deleted and every read mark, on any node: the count
     * is read again only once that moved, so a notice made or read on another node shows at the next
     * request. Inside a read-write transaction it is read and not kept.
     */
    public int unreadNotices(UUID accountId) {
        if (!versions.mayKeep()) {
            return outbox.unreadNotices(accountId, UNREAD_CAP);
        }
        // The version first: a notice committed after this read moves it past the one kept here.
        long version = versions.of(NOTICE_VERSION);
        Integer kept = unreadCounts.get(version, accountId);
        if (kept != null) {
            return kept;
        }
        int count = outbox.unreadNotices(accountId, UNREAD_CAP);
        unreadCounts.keep(version, accountId, count);
        return count;
    }

    /** The account's newest notices (one page), in the language stored on the account. */
    public List<Notice> notices(UUID accountId) {
        Locale locale =
                recipients.account(accountId).map(Recipients.Person::locale).orElse(recipients.localeOf(null));
        return notices(accountId, locale, null).notices();
    }

    /**
     * A page of the account's notices, newest first, worded in {@code locale} (the reader's
     * language now, whatever it was when each notice was made; notices stored before V70 keep
     * their words).
     *
     * @param before the cursor of the page above, or null for the newest
     */
    public NoticePage notices(UUID accountId, Locale locale, NoticePage.Cursor before) {
        List<Outbox.StoredNotice> rows = outbox.notices(accountId, before, NOTICE_PAGE + 1);
        List<Notice> notices =
                rows.stream().limit(NOTICE_PAGE).map(row -> worded(row, locale)).toList();
        NoticePage.Cursor older = rows.size() > NOTICE_PAGE
                ? new NoticePage.Cursor(
                        notices.get(NOTICE_PAGE - 1).createdAt(),
                        notices.get(NOTICE_PAGE - 1).id())
                : null;
        return new NoticePage(notices, older);
    }

    private Notice worded(Outbox.StoredNotice row, Locale locale) {
        if (row.messageKey() == null) {
            return new Notice(
                    row.id(),
                    row.kind(),
                    row.reference(),
                    row.subject(),
                    row.body(),
                    row.link(),
                    row.createdAt(),
                    row.readAt());
        }
        MessageTexts.Text text = texts.notice(row.messageKey(), NoticeArgs.fromJson(row.messageArgs()), locale);
        return new Notice(
                row.id(),
                row.kind(),
                row.reference(),
                text.subject(),
                text.notice(),
                row.link(),
                row.createdAt(),
                row.readAt());
    }

    /** @throws NotFoundException when the account has no such notice (someone else's looks the same) */
    public void markRead(UUID accountId, UUID noticeId) {
        versions.changed();
        if (!outbox.markRead(accountId, noticeId, clock.instant())) {
            throw new NotFoundException("notice");
        }
    }

    /** Constant time however many notices there are: the account's read mark moves (see V71). */
    @Transactional
    public void markAllRead(UUID accountId) {
        // the rest of this request (if it shows the header) reads the versions, and so the count, anew
        versions.changed();
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

    /**
     * How many emails and texts wait in the outbox (pending, sending, failed and to be retried) and
     * how many are dead letters, by status, in one grouped query (for the operators' metrics).
     */
    public java.util.Map<DeliveryStatus, Long> unsettledOutbox() {
        return outbox.unsettledCounts();
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
     * A batch of orders passed their deadlines: each reviewer concerned (the one holding an order;
     * every reviewer for orders nobody holds) gets the count added to their one unread digest
     * notice, and the first such batch of a China day sends them one email. The work grows with the
     * number of reviewers, never with the number of orders: one statement for every digest, one for
     * the day's email keys, an email per reviewer at most once a day.
     */
    public void notifyOverdue(OrdersOverdue event) {
        Map<UUID, Integer> counts = new LinkedHashMap<>();
        Map<UUID, Recipients.Person> people = new LinkedHashMap<>();
        if (event.unassigned() > 0) {
            for (Recipients.Person reviewer : recipients.reviewers()) {
                people.put(reviewer.accountId(), reviewer);
                counts.put(reviewer.accountId(), event.unassigned());
            }
        }
        event.byAssignee().forEach((assignee, count) -> {
            Recipients.Person person = people.get(assignee);
            if (person == null) {
                person = recipients.account(assignee).orElse(null);
            }
            if (person != null) {
                people.put(assignee, person);
                counts.merge(assignee, count, Integer::sum);
            }
        });
        if (counts.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        // One statement (atomic on its own): every reviewer's digest at once.
        outbox.addToOverdueDigests(
                counts.entrySet().stream()
                        .map(count -> new Outbox.OverdueCount(
                                count.getKey(),
                                count.getValue(),
                                Languages.tag(people.get(count.getKey()).locale())))
                        .toList(),
                OVERDUE_QUEUE,
                now);

        // One email a day per reviewer: the first batch of the (China) day sends it, later ones find its key.
        String day = times.date(event.detectedAt());
        Map<String, OutgoingMessage> emails = new LinkedHashMap<>();
        for (Map.Entry<UUID, Integer> count : counts.entrySet()) {
            Recipients.Person person = people.get(count.getKey());
            if (person.email() == null || person.email().isBlank()) {
                continue;
            }
            MessageTexts.Text text = texts.compose(
                    NotificationKind.ORDERS_OVERDUE,
                    person.locale(),
                    person.name(),
                    count.getValue(),
                    null,
                    List.of(),
                    OVERDUE_QUEUE);
            String key = key(NotificationKind.ORDERS_OVERDUE, null, day, Channel.EMAIL, person.email());
            emails.put(
                    key,
                    new OutgoingMessage(
                            key,
                            Channel.EMAIL,
                            NotificationKind.ORDERS_OVERDUE,
                            person.accountId(),
                            person.email(),
                            person.locale(),
                            null,
                            null,
                            text.subject(),
                            text.body(),
                            OVERDUE_QUEUE));
        }
        Set<String> sent = outbox.existingKeys(emails.keySet());
        deliveries.deliverAll(emails.values().stream()
                .filter(email -> !sent.contains(email.key()))
                .toList());
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
                kind,
                order.id(),
                order.reference(),
                hash(event.toString()),
                applicant,
                mobile,
                text,
                NoticeArgs.about(order.reference(), due, reasons),
                path,
                channels));
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
            NoticeArgs noticeArgs,
            String path,
            Set<Channel> channels) {
        List<OutgoingMessage> messages = new ArrayList<>();
        if (channels.contains(Channel.NOTICE)) {
            // No words: the message key and its arguments, worded when read in the reader's language.
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
                    null,
                    null,
                    path,
                    kind.key(),
                    noticeArgs.json()));
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
