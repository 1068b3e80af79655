package com.icpportal.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One-time links to set a password. The token (32 random bytes, URL-safe base64) appears only in the
 * link; the table keeps its SHA-256, so a copy of the database lets nobody set a password. A link is
 * used at most once: the update that consumes it succeeds only while it is unused and unexpired.
 */
@Component
class PasswordSetLinks {

    private static final int TOKEN_BYTES = 32;
    private static final int MAX_TOKEN_LENGTH = 64;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AccountSettings settings;
    private final SecureRandom random = new SecureRandom();

    PasswordSetLinks(JdbcTemplate jdbc, Clock clock, AccountSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    record Issued(String token, Instant expiresAt) {}

    /** A new link for the account; its older unused links stop working. */
    Issued issue(UUID accountId, UUID issuedBy) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(settings.linkValidity());
        jdbc.update("delete from password_set_link where account_id = ? and used_at is null", accountId);
        jdbc.update(
                """
                insert into password_set_link (id, account_id, token_hash, created_at, expires_at, created_by)
                values (?, ?, ?, ?, ?, ?)""",
                UUID.randomUUID(),
                accountId,
                hash(token),
                Timestamp.from(now),
                Timestamp.from(expiresAt),
                issuedBy);
        return new Issued(token, expiresAt);
    }

    /** The account a still usable link belongs to. */
    Optional<UUID> accountOf(String token) {
        if (!plausible(token)) {
            return Optional.empty();
        }
        return jdbc.queryForList("""
                select account_id from password_set_link
                 where token_hash = ? and used_at is null and expires_at > ?""", UUID.class, hash(token), Timestamp.from(clock.instant())).stream()
                .findFirst();
    }

    /** Uses the link up: the account it belonged to, or empty when it was used, expired or never existed. */
    Optional<UUID> consume(String token) {
        if (!plausible(token)) {
            return Optional.empty();
        }
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.queryForList("""
                update password_set_link set used_at = ?
                 where token_hash = ? and used_at is null and expires_at > ?
                returning account_id""", UUID.class, now, hash(token), now).stream()
                .findFirst();
    }

    private static boolean plausible(String token) {
        return token != null && !token.isEmpty() && token.length() <= MAX_TOKEN_LENGTH;
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
