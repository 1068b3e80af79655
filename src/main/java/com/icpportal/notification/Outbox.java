package com.icpportal.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.icpportal.shared.Languages;

/** The notification table: inserting by unique key, claiming a message before sending it, its outcome. */
@Repository
class Outbox {

    private static final String ENTRY_COLUMNS =
            "id, channel, kind, recipient_address, locale, reference, subject, body, "
                    + "status, attempts, last_error, created_at, sent_at";

    private final JdbcTemplate jdbc;

    Outbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the message unless a message with its key exists; true when this call recorded it. */
    boolean insert(OutgoingMessage message, DeliveryStatus status, Instant now) {
        return jdbc.update(
                        """
                insert into notification (id, dedup_key, channel, kind, recipient_account_id, recipient_address, locale,
                                          order_id, reference, subject, body, link, status, created_at, sent_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
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
                        status == DeliveryStatus.SENT ? Timestamp.from(now) : null)
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
                update notification set status = ?, sent_at = ?, last_error = null,
                       body = case when kind in ('ACCOUNT_LINK', 'VERIFICATION_CODE') and status = 'SENDING' and ? = 'SENT'
                                   then '-' else body end
                 where id = ?""", status.name(), Timestamp.from(now), status.name(), id);
    }

    /** A dead letter: no automatic retry takes it again (see {@link DeadLetterPolicy}). */
    void markDead(UUID id, String error) {
        jdbc.update(
                "update notification set status = 'DEAD', last_error = ? where id = ?",
                error.length() > 2000 ? error.substring(0, 2000) : error,
                id);
    }

    void markFailed(UUID id, String error) {
        jdbc.update(
                "update notification set status = 'FAILED', last_error = ? where id = ?",
                error.length() > 2000 ? error.substring(0, 2000) : error,
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

    int unreadNotices(UUID accountId) {
        return jdbc.queryForObject(
                "select count(*) from notification where recipient_account_id = ? "
                        + "and channel = 'NOTICE' and read_at is null",
                Integer.class,
                accountId);
    }

    List<Notice> notices(UUID accountId, int limit) {
        return jdbc.query(
                """
                select id, kind, reference, subject, body, link, created_at, read_at from notification
                 where recipient_account_id = ? and channel = 'NOTICE'
                 order by created_at desc limit ?""",
                (rs, row) -> new Notice(
                        rs.getObject("id", UUID.class),
                        NotificationKind.valueOf(rs.getString("kind")),
                        rs.getString("reference"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getString("link"),
                        instant(rs, "created_at"),
                        instant(rs, "read_at")),
                accountId,
                limit);
    }

    /** Marks one of the account's notices read; false when the account has no such notice. */
    boolean markRead(UUID accountId, UUID noticeId, Instant now) {
        return jdbc.update("""
                update notification set read_at = coalesce(read_at, ?)
                 where id = ? and recipient_account_id = ? and channel = 'NOTICE'""", Timestamp.from(now), noticeId, accountId) == 1;
    }

    int markAllRead(UUID accountId, Instant now) {
        return jdbc.update(
                "update notification set read_at = ? where recipient_account_id = ? and channel = 'NOTICE' "
                        + "and read_at is null",
                Timestamp.from(now),
                accountId);
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
                instant(rs, "created_at"),
                instant(rs, "sent_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
