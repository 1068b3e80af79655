package com.icpportal.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * OWASP's device cookies ("Slow down online guessing attacks with device cookies"): after a
 * successful sign-in the browser gets {@code username.nonce.signature}, signed with HMAC-SHA256 under
 * {@code portal.login.device-secret} and recorded in {@code login_device}, so every node recognises
 * it. A browser presenting a valid cookie for the username it signs in with is a known device: it has
 * its own allowance of failures and is not slowed when someone elsewhere guesses that username's
 * password. Without the secret set (development, tests) a random one per start is used: cookies then
 * last until the next restart, which only makes browsers unknown again.
 */
@Component
public class DeviceCookies {

    static final String COOKIE = "portal-device";
    static final Duration LIFETIME = Duration.ofDays(180);

    private static final Log LOG = LogFactory.getLog(DeviceCookies.class);
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder BASE64_DECODER = Base64.getUrlDecoder();

    private final byte[] secret;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    DeviceCookies(LoginSettings settings, JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        if (settings.deviceSecret() == null || settings.deviceSecret().isBlank()) {
            LOG.info("portal.login.device-secret is not set: device cookies are signed with a key of this run only");
            this.secret = new byte[32];
            random.nextBytes(secret);
        } else {
            this.secret = settings.deviceSecret().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The nonce of this request's device cookie when it is valid for this username. */
    @Transactional(readOnly = true)
    public Optional<String> knownDevice(HttpServletRequest request, String username) {
        if (request == null || request.getCookies() == null || username == null) {
            return Optional.empty();
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                Optional<String> nonce = verify(cookie.getValue(), username);
                if (nonce.isPresent()) {
                    return nonce;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> verify(String value, String username) {
        String[] parts = value == null ? new String[0] : value.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        String payload = parts[0] + "." + parts[1];
        if (!MessageDigest.isEqual(
                sign(payload).getBytes(StandardCharsets.US_ASCII), parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        String named;
        try {
            named = new String(BASE64_DECODER.decode(parts[0]), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (!named.equals(key(username))) {
            return Optional.empty();
        }
        Integer known = jdbc.queryForObject(
                "select count(*) from login_device where nonce = ? and username = ?", Integer.class, parts[1], named);
        return known != null && known > 0 ? Optional.of(parts[1]) : Optional.empty();
    }

    /** After a successful sign-in: this browser is a known device for the account from now on. */
    @Transactional
    public void issue(HttpServletRequest request, HttpServletResponse response, String username) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String nonce = HexFormat.of().formatHex(bytes);
        String named = key(username);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update(
                "insert into login_device (nonce, username, issued_at, last_used_at) values (?, ?, ?, ?)",
                nonce,
                named,
                now,
                now);
        String payload = BASE64.encodeToString(named.getBytes(StandardCharsets.UTF_8)) + "." + nonce;
        ResponseCookie cookie = ResponseCookie.from(COOKIE, payload + "." + sign(payload))
                .path(request.getContextPath() + "/login")
                .maxAge(LIFETIME)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .build();
        response.addHeader("Set-Cookie", cookie.toString());
    }

    /** Every interactive sign-in (the password form) makes its browser a known device. */
    @org.springframework.context.event.EventListener
    void on(org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PortalUser user
                && org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                        instanceof org.springframework.web.context.request.ServletRequestAttributes attributes
                && attributes.getResponse() != null) {
            HttpServletRequest request = attributes.getRequest();
            Optional<String> known = knownDevice(request, user.getUsername());
            if (known.isPresent()) {
                jdbc.update(
                        "update login_device set last_used_at = ? where nonce = ?",
                        Timestamp.from(clock.instant()),
                        known.get());
            } else {
                issue(request, attributes.getResponse(), user.getUsername());
            }
        }
    }

    /** Devices unused for their lifetime are forgotten; their cookies have expired anyway. */
    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT15M")
    @Transactional
    public void forgetOldDevices() {
        jdbc.update(
                "delete from login_device where last_used_at < ?",
                Timestamp.from(clock.instant().minus(LIFETIME)));
    }

    /** The same key the throttle counts under: lower case, at most 128 characters. */
    static String key(String username) {
        String key = username.strip().toLowerCase(Locale.ROOT);
        return key.length() > 128 ? key.substring(0, 128) : key;
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return BASE64.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is in every Java", e);
        }
    }
}
