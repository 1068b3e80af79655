package com.icpportal.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor of signing in: a TOTP authenticator app (RFC 6238) and ten one-time recovery
 * codes. Every reviewer and admin must have one (they see every applicant's ID numbers and documents);
 * an applicant may choose to. Enrolment keeps a new secret unconfirmed until the person types a code
 * from their app; a code is accepted once only (its time step must be newer than the last one used);
 * recovery codes are kept as SHA-256 only and each works once; the TOTP secret is kept sealed
 * ({@link FactorSecretCipher}). An admin can remove another staff
 * member's factor (a lost phone), never their own.
 */
@Service
public class SecondFactors {

    static final int RECOVERY_CODES = 10;
    static final String ISSUER = "ICP Change Portal";
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final JdbcTemplate jdbc;
    private final AccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LoginThrottle throttle;
    private final FactorSecretCipher cipher;
    private final SecureRandom random = new SecureRandom();

    SecondFactors(
            JdbcTemplate jdbc,
            AccountRepository accounts,
            ApplicationEventPublisher events,
            Clock clock,
            LoginThrottle throttle,
            FactorSecretCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.throttle = throttle;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the account has a confirmed authenticator app. */
    @Transactional(readOnly = true)
    public boolean enrolled(UUID accountId) {
        Integer confirmed = jdbc.queryForObject(
                "select count(*) from account_totp where account_id = ? and confirmed_at is not null",
                Integer.class,
                accountId);
        return confirmed != null && confirmed > 0;
    }

    /** What an enrolment page shows: the secret to type in and the address the QR code carries. */
    public record Enrolment(String secret, String otpauthUri) {}

    /**
     * A new unconfirmed secret for the account (replacing an earlier unconfirmed one); refused while a
     * confirmed one exists: it is replaced only after an admin's reset.
     */
    @Transactional
    public Enrolment startEnrolment(UUID accountId) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new AccountNotFound(accountId));
        if (enrolled(accountId)) {
            throw new AccountChangeRefused("account.secondFactor.alreadyEnrolled");
        }
        Optional<String> pending =
                jdbc
                        .queryForList("select secret from account_totp where account_id = ?", String.class, accountId)
                        .stream()
                        .findFirst()
                        .map(stored -> cipher.open(accountId, stored));
        String secret = pending.orElseGet(() -> {
            byte[] bytes = new byte[20];
            random.nextBytes(bytes);
            String fresh = Totp.base32(bytes);
            jdbc.update(
                    "insert into account_totp (account_id, secret, created_at) values (?, ?, ?)",
                    accountId,
                    cipher.seal(accountId, fresh),
                    Timestamp.from(clock.instant()));
            return fresh;
        });
        return new Enrolment(secret, Totp.otpauthUri(ISSUER, account.username(), secret));
    }

    /**
     * Confirms the pending secret with a code from the app.
     *
     * @return the new recovery codes, shown once; empty when the code is not right
     */
    @Transactional
    public Optional<List<String>> confirmEnrolment(UUID accountId, String code) {
        List<String> pending = jdbc.queryForList(
                "select secret from account_totp where account_id = ? and confirmed_at is null for update",
                String.class,
                accountId);
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        OptionalLong step = Totp.matchingStep(cipher.open(accountId, pending.get(0)), code, clock.instant());
        if (step.isEmpty()) {
            return Optional.empty();
        }
        jdbc.update(
                "update account_totp set confirmed_at = ?, last_used_step = ? where account_id = ?",
                Timestamp.from(clock.instant()),
                step.getAsLong(),
                accountId);
        events.publishEvent(new SecondFactorEnrolled(accountId));
        return Optional.of(newRecoveryCodes(accountId));
    }

    /**
     * Enrols a secret known beforehand, confirmed at once: the demo staff accounts' published secret
     * (loaded only with demo data) and test fixtures. Never for a real person's account.
     */
    @Transactional
    public void enrolKnownSecret(UUID accountId, String base32Secret) {
        Totp.fromBase32(base32Secret);
        accounts.flush(); // an account created in this transaction is written before the row that refers to it
        jdbc.update("delete from account_totp where account_id = ?", accountId);
        jdbc.update(
                "insert into account_totp (account_id, secret, created_at, confirmed_at) values (?, ?, ?, ?)",
                accountId,
                cipher.seal(accountId, base32Secret),
                Timestamp.from(clock.instant()),
                Timestamp.from(clock.instant()));
    }

    /** The answer to a typed code: accepted, wrong, or not checked before {@code retryAt}. */
    public record Check(boolean accepted, Instant retryAt) {}

    /**
     * Checks a code at sign-in (or when asked again), throttled like passwords: wrong codes count per
     * account (under its own key, so they never slow the password step) and per address, and after
     * five in a row the next is checked only after a growing delay, so six digits cannot be guessed.
     */
    @Transactional
    public Check check(UUID accountId, String username, String typed, String address) {
        String key = "second-factor:" + username;
        Optional<Instant> retryAt = throttle.retryAt(key, address);
        if (retryAt.isPresent()) {
            return new Check(false, retryAt.get());
        }
        if (verify(accountId, typed)) {
            throttle.recordSuccess(key, address, Optional.empty());
            return new Check(true, null);
        }
        throttle.recordFailure(key, address);
        return new Check(false, throttle.retryAt(key, address).orElse(null));
    }

    /**
     * Checks a code from the app, or a recovery code, for a sign-in or a repeated check.
     *
     * @return whether it is right and not used before
     */
    @Transactional
    public boolean verify(UUID accountId, String typed) {
        if (typed == null || typed.isBlank()) {
            return false;
        }
        List<java.util.Map<String, Object>> rows = jdbc.queryForList(
                "select secret, last_used_step from account_totp where account_id = ? and confirmed_at is not null for update",
                accountId);
        if (rows.isEmpty()) {
            return false;
        }
        String secret = cipher.open(accountId, (String) rows.get(0).get("secret"));
        Number lastUsed = (Number) rows.get(0).get("last_used_step");
        OptionalLong step = Totp.matchingStep(secret, typed, clock.instant());
        if (step.isPresent()) {
            if (lastUsed != null && step.getAsLong() <= lastUsed.longValue()) {
                return false;
            }
            jdbc.update("update account_totp set last_used_step = ? where account_id = ?", step.getAsLong(), accountId);
            return true;
        }
        return useRecoveryCode(accountId, typed);
    }

    private boolean useRecoveryCode(UUID accountId, String typed) {
        String normalised = typed.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (normalised.length() != 10) {
            return false;
        }
        int used = jdbc.update("""
                update account_recovery_code set used_at = ?
                 where account_id = ? and code_hash = ? and used_at is null""", Timestamp.from(clock.instant()), accountId, sha256(normalised));
        if (used == 0) {
            return false;
        }
        Integer remaining = jdbc.queryForObject(
                "select count(*) from account_recovery_code where account_id = ? and used_at is null",
                Integer.class,
                accountId);
        events.publishEvent(new RecoveryCodeUsed(accountId, remaining == null ? 0 : remaining));
        return true;
    }

    /** Removes another staff member's second factor and ends their sessions; they enrol again at sign-in. */
    @Transactional
    public void reset(UUID actorId, UUID accountId) {
        if (accountId.equals(actorId)) {
            throw new AccountChangeRefused("account.secondFactor.resetSelf");
        }
        Account account = accounts.findById(accountId).orElseThrow(() -> new AccountNotFound(accountId));
        jdbc.update("delete from account_totp where account_id = ?", accountId);
        jdbc.update("delete from account_recovery_code where account_id = ?", accountId);
        jdbc.update("delete from login_device where username = ?", DeviceCookies.key(account.username()));
        account.endSessions();
        events.publishEvent(new SecondFactorReset(accountId, actorId));
    }

    private List<String> newRecoveryCodes(UUID accountId) {
        jdbc.update("delete from account_recovery_code where account_id = ?", accountId);
        List<String> codes = new ArrayList<>();
        Timestamp now = Timestamp.from(clock.instant());
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
            }
            jdbc.update(
                    "insert into account_recovery_code (id, account_id, code_hash, created_at) values (?, ?, ?, ?)",
                    UUID.randomUUID(),
                    accountId,
                    sha256(code.toString()),
                    now);
            codes.add(code.substring(0, 5) + "-" + code.substring(5));
        }
        return codes;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** When the account's last code was used (for tests and the trail), if ever. */
    Optional<Instant> lastUsed(UUID accountId) {
        return jdbc
                .queryForList(
                        "select last_used_step from account_totp where account_id = ? and last_used_step is not null",
                        Long.class,
                        accountId)
                .stream()
                .findFirst()
                .map(step -> Instant.ofEpochSecond(step * Totp.STEP.toSeconds()));
    }
}
