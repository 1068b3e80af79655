package com.icpportal.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.icpportal.shared.Languages;

/** The notification table: inserting by unique key, claiming a message before sending it, its outcome. */
@Repository
class Outbox {

    private static final String ENTRY_COLUMNS =
            "id, channel, kind, recipient_address, locale, reference, subject, body, "
                    + "status, attempts, last_error, last_failure, created_at, sent_at";

    private final JdbcTemplate jdbc;

    Outbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the message unless a message with its key exists; true when this call recorded it. */
    boolean insert(OutgoingMessage message, DeliveryStatus status, Instant now) {
        return jdbc.update(
                        """
                insert into notification (id, dedup_key, channel, kind, recipient_account_id, recipient_address, locale,
                                          order_id, reference, subject, body, link, status, created_at, sent_at,
                                          message_key, message_args)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
                on conflict (dedup_key) do nothing""",
                        UUID.randomUUID(),
                        message.key(),
                        message.channel().name(),
                        message.kind().name(),
                        message.recipientAccountId(),
                        message.address(),
                        Languages.tag(message.locale()),
                        message.orderId(),
                        message.reference(),
                        message.subject(),
                        message.body(),
                        message.link(),
                        status.name(),
                        Timestamp.from(now),
                        status == DeliveryStatus.SENT ? Timestamp.from(now) : null,
                        message.messageKey(),
                        message.messageArgs())
                == 1;
    }

    /**
     * Takes the message for sending: only one caller wins, and only while it is pending, failed, or
     * left SENDING before {@code staleBefore} by a process that died.
     */
    Optional<OutboxEntry> claim(String key, Instant now, Instant staleBefore) {
        return jdbc
                .query("""
                update notification set status = 'SENDING', attempts = attempts + 1, claimed_at = ?
                 where dedup_key = ?
                   and (status in ('PENDING', 'FAILED') or (status = 'SENDING' and claimed_at < ?))
                returning """ + " " + ENTRY_COLUMNS, Outbox::entry, Timestamp.from(now), key, Timestamp.from(staleBefore))
                .stream()
                .findFirst();
    }

    /** Takes a failed message for sending again (an admin's resend). */
    Optional<OutboxEntry> claimFailed(UUID id, Instant now) {
        return jdbc.query("""
                update notification set status = 'SENDING', attempts = attempts + 1, claimed_at = ?
                 where id = ? and status in ('FAILED', 'DEAD') and channel <> 'NOTICE'
                returning """ + " " + ENTRY_COLUMNS, Outbox::entry, Timestamp.from(now), id).stream()
                .findFirst();
    }

    /** Who holds a message SENDING: when it was claimed and how many attempts it has had. */
    record Claim(Channel channel, String recipient, Instant claimedAt, int attempts) {

        String recipientShown() {
            return OutboxEntry.shown(channel, recipient);
        }
    }

    /** The claim on a message that is SENDING, or empty when it is not. */
    Optional<Claim> claimOf(String key) {
        return jdbc
                .query(
                        "select channel, recipient_address, claimed_at, attempts from notification "
                                + "where dedup_key = ? and status = 'SENDING' and claimed_at is not null",
                        (rs, row) -> new Claim(
                                Channel.valueOf(rs.getString("channel")),
                                rs.getString("recipient_address"),
                                instant(rs, "claimed_at"),
                                rs.getInt("attempts")),
                        key)
                .stream()
                .findFirst();
    }

    Optional<DeliveryStatus> status(String key) {
        return jdbc.queryForList("select status from notification where dedup_key = ?", String.class, key).stream()
                .findFirst()
                .map(DeliveryStatus::valueOf);
    }

    /** Marks the message sent or kept; a sent one-time password link or SMS code keeps no copy of itself. */
    void markDone(UUID id, DeliveryStatus status, Instant now) {
        jdbc.update("""
                update notification set status = ?, sent_at = ?, last_error = null, last_failure = null,
                       body = case when kind in ('ACCOUNT_LINK', 'VERIFICATION_CODE') and status = 'SENDING' and ? = 'SENT'
                                   then '-' else body end
                 where id = ?""", status.name(), Timestamp.from(now), status.name(), id);
    }

    /** A dead letter: no automatic retry takes it again (see {@link DeadLetterPolicy}). */
    void markDead(UUID id, String error, DeliveryFailure failure) {
        jdbc.update(
                "update notification set status = 'DEAD', last_error = ?, last_failure = ? where id = ?",
                error.length() > 2000 ? error.substring(0, 2000) : error,
                failure.name(),
                id);
    }

    void markFailed(UUID id, String error, DeliveryFailure failure) {
        jdbc.update(
                "update notification set status = 'FAILED', last_error = ?, last_failure = ? where id = ?",
                error.length() > 2000 ? error.substring(0, 2000) : error,
                failure.name(),
                id);
    }

    /**
     * Emails and texts newest first, of one status or (null) all, after the entry created at
     * {@code afterCreated} with id {@code afterId} (keyset paging over V103's indexes; both null for
     * the first page).
     */
    List<OutboxEntry> entries(DeliveryStatus status, Instant afterCreated, UUID afterId, int limit) {
        StringBuilder sql =
                new StringBuilder("select " + ENTRY_COLUMNS + " from notification where channel <> 'NOTICE'");
        List<Object> args = new java.util.ArrayList<>();
        if (status != null) {
            sql.append(" and status = ?");
            args.add(status.name());
        }
        if (afterCreated != null && afterId != null) {
            sql.append(" and (created_at, id) < (?, ?)");
            args.add(afterCreated.atOffset(java.time.ZoneOffset.UTC));
            args.add(afterId);
        }
        sql.append(" order by created_at desc, id desc limit ?");
        args.add(limit);
        return jdbc.query(sql.toString(), Outbox::entry, args.toArray());
    }

    List<OutboxEntry> entriesFor(UUID orderId) {
        return jdbc.query(
                "select " + ENTRY_COLUMNS + " from notification where order_id = ? and channel <> 'NOTICE' "
                        + "order by created_at",
                Outbox::entry,
                orderId);
    }

    /** Counts of the messages not done, by status; the outbox index (status first) answers it. */
    java.util.Map<DeliveryStatus, Long> unsettledCounts() {
        java.util.Map<DeliveryStatus, Long> counts = new java.util.EnumMap<>(DeliveryStatus.class);
        for (DeliveryStatus status : DeliveryStatus.values()) {
            if (!status.isDone()) {
                counts.put(status, 0L);
            }
        }
        jdbc.query("""
                select status, count(*) from notification
                 where channel <> 'NOTICE' and status in ('PENDING', 'SENDING', 'FAILED', 'DEAD')
                 group by status""", row -> {
            counts.put(DeliveryStatus.valueOf(row.getString(1)), row.getLong(2));
        });
        return counts;
    }

    /** Notices of the account created at or before this instant count as read (V71's mark). */
    private static final String READ_MARK =
            "coalesce((select read_before from notice_read_mark where account_id = ?), '-infinity')";

    /**
     * The account's unread notices, counted up to {@code cap}: at most {@code cap} entries of the
     * partial index of unread notices created after the account's read mark, however many there
     * are (the header says "99+" beyond).
     */
    int unreadNotices(UUID accountId, int cap) {
        return jdbc.queryForObject("""
                select count(*) from (select 1 from notification
                                       where recipient_account_id = ? and channel = 'NOTICE' and read_at is null
                                         and created_at > %s
                                       limit ?) unread""".formatted(READ_MARK), Integer.class, accountId, accountId, cap);
    }

    /**
     * A page of the account's notices, newest first, starting below {@code before} (null: the
     * newest): one backward range scan of ix_notification_notice_page.
     */
    List<StoredNotice> notices(UUID accountId, NoticePage.Cursor before, int limit) {
        // A notice under the read mark reads as read then, though its own read_at stays null.
        String columns = "select id, kind, reference, subject, body, link, message_key, message_args::text as args, "
                + "created_at, case when read_at is null and created_at <= mark.at then mark.at else read_at end "
                + "as read_at from notification, (select " + READ_MARK + " as at) mark "
                + "where recipient_account_id = ? and channel = 'NOTICE' ";
        if (before == null) {
            return jdbc.query(
                    columns + "order by created_at desc, id desc limit ?",
                    Outbox::storedNotice,
                    accountId,
                    accountId,
                    limit);
        }
        return jdbc.query(
                columns + "and (created_at, id) < (?, ?) order by created_at desc, id desc limit ?",
                Outbox::storedNotice,
                accountId,
                accountId,
                Timestamp.from(before.createdAt()),
                before.id(),
                limit);
    }

    /** A notice row as stored: its words, or its message key and arguments. */
    record StoredNotice(
            UUID id,
            NotificationKind kind,
            String reference,
            String subject,
            String body,
            String link,
            String messageKey,
            String messageArgs,
            Instant createdAt,
            Instant readAt) {}

    /**
     * Adds overdue orders to each reviewer's unread digest notice, creating it where the reviewer
     * has none: one statement for all of them, whatever the number of orders; the partial unique
     * index keeps one unread digest per reviewer when two nodes' batches meet.
     */
    void addToOverdueDigests(List<OverdueCount> counts, String link, Instant now) {
        if (counts.isEmpty()) {
            return;
        }
        jdbc.update("""
                insert into notification (id, dedup_key, channel, kind, recipient_account_id, locale, link,
                                          message_key, message_args, status, created_at, sent_at)
                select gen_random_uuid(), 'ORDERS_OVERDUE:NOTICE:' || r.account_id || ':' || gen_random_uuid(),
                       'NOTICE', 'ORDERS_OVERDUE', r.account_id, r.locale, ?,
                       'notify.ORDERS_OVERDUE', jsonb_build_object('count', r.n), 'SENT', ?, ?
                  from unnest(?, ?, ?) as r(account_id, n, locale)
                on conflict (recipient_account_id) where channel = 'NOTICE' and kind = 'ORDERS_OVERDUE' and read_at is null
                do update set message_args = jsonb_build_object('count',
                                  coalesce((notification.message_args ->> 'count')::int, 0)
                                  + (excluded.message_args ->> 'count')::int),
                              created_at = excluded.created_at""", ps -> {
            ps.setString(1, link);
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setTimestamp(3, Timestamp.from(now));
            ps.setArray(
                    4,
                    ps.getConnection()
                            .createArrayOf(
                                    "uuid",
                                    counts.stream().map(OverdueCount::accountId).toArray()));
            ps.setArray(
                    5,
                    ps.getConnection()
                            .createArrayOf(
                                    "int4",
                                    counts.stream().map(OverdueCount::count).toArray()));
            ps.setArray(
                    6,
                    ps.getConnection()
                            .createArrayOf(
                                    "varchar",
                                    counts.stream()
                                            .map(OverdueCount::languageTag)
                                            .toArray()));
        });
    }

    /** How many overdue orders to add to one reviewer's digest, and the language of the row. */
    record OverdueCount(UUID accountId, int count, String languageTag) {}

    /** Which of these keys the outbox has already (one query). */
    Set<String> existingKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.query(
                "select dedup_key from notification where dedup_key = any(?)",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", keys.toArray())),
                (rs, row) -> rs.getString(1)));
    }

    /** Marks one of the account's notices read; false when the account has no such notice. */
    boolean markRead(UUID accountId, UUID noticeId, Instant now) {
        return jdbc.update("""
                update notification set read_at = coalesce(read_at, ?)
                 where id = ? and recipient_account_id = ? and channel = 'NOTICE'""", Timestamp.from(now), noticeId, accountId) == 1;
    }

    /**
     * Marks every notice of the account read in constant time: moves the account's read mark to
     * {@code now} (one row) and closes its open overdue digest (at most one row, found by its unique
     * index), so that the next overdue batch starts a new digest rather than adding to a read one.
     * The notices' own read_at stay as they were; the mark decides.
     */
    void markAllRead(UUID accountId, Instant now) {
        jdbc.update("""
                insert into notice_read_mark (account_id, read_before) values (?, ?)
                on conflict (account_id) do update set read_before = greatest(notice_read_mark.read_before, excluded.read_before)""", accountId, Timestamp.from(now));
        jdbc.update("""
                update notification set read_at = ?
                 where recipient_account_id = ? and channel = 'NOTICE' and kind = 'ORDERS_OVERDUE' and read_at is null""", Timestamp.from(now), accountId);
    }

    private static StoredNotice storedNotice(ResultSet rs, int row) throws SQLException {
        return new StoredNotice(
                rs.getObject("id", UUID.class),
                NotificationKind.valueOf(rs.getString("kind")),
                rs.getString("reference"),
                rs.getString("subject"),
                rs.getString("body"),
                rs.getString("link"),
                rs.getString("message_key"),
                rs.getString("args"),
                instant(rs, "created_at"),
                instant(rs, "read_at"));
    }

    private static OutboxEntry entry(ResultSet rs, int row) throws SQLException {
        return new OutboxEntry(
                rs.getObject("id", UUID.class),
                Channel.valueOf(rs.getString("channel")),
                NotificationKind.valueOf(rs.getString("kind")),
                rs.getString("recipient_address"),
                rs.getString("locale"),
                rs.getString("reference"),
                rs.getString("subject"),
                rs.getString("body"),
                DeliveryStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getString("last_error"),
                rs.getString("last_failure") == null ? null : DeliveryFailure.valueOf(rs.getString("last_failure")),
                instant(rs, "created_at"),
                instant(rs, "sent_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
